/**
 * A polite status line after a destructive action ("Deleted Acme's scorecard.") with an Undo button.
 * The island keeps what was removed and restores it when Undo is pressed.
 */

/** Props of {@link UndoBar}. */
export interface UndoBarProps {
  /** What just happened, for example `Deleted the scorecard for Acme.` */
  message: string;
  onUndo(): void;
  onDismiss(): void;
}

/** Shows what was removed, with Undo and Dismiss. */
export default function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  return (
    <div class="notice no-print" role="status">
      <p>
        {message}{' '}
        <button type="button" onClick={onUndo}>
          Undo
        </button>{' '}
        <button type="button" class="secondary" onClick={onDismiss}>
          Dismiss
        </button>
      </p>
    </div>
  );
}
