/**
 * Paper choice and the two print buttons. Printing marks <html> so the print stylesheet shows the sheet
 * alone (also on the guidance page that embeds it), and unmarks it when the browser reports printing done.
 */
import { useEffect } from 'preact/hooks';
import type { PaperSize } from './schema';
import { setPaperSize } from './store';

/** Class on <html> while the sheet is being printed; `weekly-checklist.css` keys its print rules on it. */
export const PRINT_SHEET_CLASS = 'weekly-print-sheet';

/** What is being printed: the week on screen, or a blank sheet to fill in by hand. */
export type PrintMode = 'week' | 'blank';

/**
 * A press of a print button. Each press is a new object, so pressing again prints again even when the
 * browser never reported the previous print done.
 */
export interface PrintRequest {
  mode: PrintMode;
}

/** Props of {@link PrintControls}. */
export interface PrintControlsProps {
  paper: PaperSize;
  printing: PrintRequest | null;
  onPrint(request: PrintRequest | null): void;
}

const PAPER_CHOICES: readonly { value: PaperSize; label: string }[] = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'US Letter' },
];

/** Renders the paper choice and the print buttons, and runs the browser's print once the sheet is ready. */
export default function PrintControls({ paper, printing, onPrint }: PrintControlsProps) {
  useEffect(() => {
    if (!printing) return;
    const root = document.documentElement;
    const finish = () => {
      root.classList.remove(PRINT_SHEET_CLASS);
      onPrint(null);
    };
    root.classList.add(PRINT_SHEET_CLASS);
    window.addEventListener('afterprint', finish, { once: true });
    // Runs after the render that put the right sheet (this week's or a blank one) on the page.
    window.print();
    return () => window.removeEventListener('afterprint', finish);
  }, [printing]);

  return (
    <div class="print-controls no-print">
      <fieldset class="paper-choice">
        <legend>Paper</legend>
        {PAPER_CHOICES.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name="weekly-checklist-paper"
              value={choice.value}
              checked={paper === choice.value}
              onChange={() => setPaperSize(choice.value)}
            />{' '}
            {choice.label}
          </label>
        ))}
      </fieldset>
      <div class="button-row">
        <button type="button" onClick={() => onPrint({ mode: 'week' })}>
          Print this week
        </button>
        <button type="button" class="secondary" onClick={() => onPrint({ mode: 'blank' })}>
          Print a blank sheet
        </button>
      </div>
    </div>
  );
}
