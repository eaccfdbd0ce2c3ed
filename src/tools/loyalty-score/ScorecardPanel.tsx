/**
 * The saved scorecards, highest score first: reopen one into the form, rename its client, or delete it
 * (with Undo). Loaded on demand by the scorer, together with the scorecard store it re-exports, so the
 * client list and nanoid stay out of a first visit's download.
 */
import { REMOVED_CLIENT_NAME } from '../shared/client-name';
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeScoreChange, findBand, SCORE_MAX } from './model';
import {
  $deleted,
  $scorecardRows,
  deleteScorecard,
  dismissUndo,
  openScorecard,
  renameScorecardClient,
  undoDelete,
  type ScorecardRow,
} from './scorecards-store';
import UndoBar from '../shared/UndoBar';
import SavedSection, { NoScorecardsYet } from './SavedSection';
import FormField from '../shared/FormField';

/** Re-exported so the scorer reaches the client list and saving through this one on-demand module. */
export { $clients } from '../shared/clients';
/** Re-exported for the same reason: "vs last time" and saving need the scorecard store. */
export { $comparison, saveScorecard } from './scorecards-store';


/** Props of {@link ScorecardPanel}. */
export interface ScorecardPanelProps {
  idPrefix: string;
  /** Called after a scorecard was reopened into the form, with a sentence saying so. */
  onOpened(message: string): void;
  /** Called with a sentence to announce (a rename). */
  onStatus(message: string): void;
}

/** Saved scorecards with their actions. */
export default function ScorecardPanel({ idPrefix, onOpened, onStatus }: ScorecardPanelProps) {
  const rows = useStore($scorecardRows);
  const deleted = useStore($deleted);
  const undoRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<string | undefined>(undefined);

  // After a delete the pressed button is gone: move focus to Undo so keyboard users keep their place.
  useEffect(() => {
    if (deleted) undoRef.current?.querySelector('button')?.focus();
  }, [deleted]);

  const actions: RowActions = {
    onOpen(row) {
      if (openScorecard(row.card.id)) onOpened(`Reopened the scorecard for ${row.clientName ?? REMOVED_CLIENT_NAME} from ${row.card.savedOn}.`);
    },
    onRename(row, name) {
      const renamed = renameScorecardClient(row.card.id, name);
      if (renamed.ok) onStatus(`Renamed the client to ${renamed.name}.`);
      return renamed;
    },
    onDelete: (row) => deleteScorecard(row.card.id),
  };

  return (
    <SavedSection idPrefix={idPrefix}>
      <div ref={undoRef}>
        {deleted && (
          <UndoBar
            message={`Deleted the scorecard for ${deleted.clientName ?? REMOVED_CLIENT_NAME} from ${deleted.card.savedOn}.`}
            onUndo={undoDelete}
            onDismiss={dismissUndo}
          />
        )}
      </div>
      {rows.length === 0 ? (
        <NoScorecardsYet />
      ) : (
        <ol class="scorecard-list">
          {rows.map((row) => (
            <ScorecardItem
              key={row.card.id}
              row={row}
              idPrefix={idPrefix}
              isEditing={editing === row.card.id}
              onEdit={(on) => setEditing(on ? row.card.id : undefined)}
              {...actions}
            />
          ))}
        </ol>
      )}
    </SavedSection>
  );
}

interface RowActions {
  onOpen(row: ScorecardRow): void;
  onRename(row: ScorecardRow, name: string): { ok: true; name: string } | { ok: false; message: string };
  onDelete(row: ScorecardRow): void;
}

interface ScorecardItemProps extends RowActions {
  idPrefix: string;
  row: ScorecardRow;
  isEditing: boolean;
  onEdit(on: boolean): void;
}

function ScorecardItem({ row, idPrefix, isEditing, onEdit, onOpen, onRename, onDelete }: ScorecardItemProps) {
  const name = row.clientName ?? REMOVED_CLIENT_NAME;
  const about = `the scorecard for ${name} from ${row.card.savedOn}`;
  const renameButtonId = `${idPrefix}-rename-${row.card.id}`;
  const wasEditing = useRef(false);

  // Back from the rename form: return focus to the Rename button it came from.
  useEffect(() => {
    if (wasEditing.current && !isEditing) document.getElementById(renameButtonId)?.focus();
    wasEditing.current = isEditing;
  }, [isEditing]);

  return (
    <li class="scorecard-item">
      <p class="scorecard-summary">
        <strong class="scorecard-name">{name}</strong>{' '}
        <span>
          {row.score} out of {SCORE_MAX}, {findBand(row.score).name}
        </span>
        <span class="scorecard-meta">
          Saved <time dateTime={row.card.savedOn}>{row.card.savedOn}</time>
          {row.change !== undefined && `, ${describeScoreChange(row.change)} since ${row.previousOn}`}
        </span>
      </p>
      {isEditing ? (
        <RenameForm
          idPrefix={`${idPrefix}-${row.card.id}`}
          currentName={row.clientName ?? ''}
          label={`New name for ${name}`}
          onSave={(value) => {
            const renamed = onRename(row, value);
            if (renamed.ok) onEdit(false);
            return renamed;
          }}
          onCancel={() => onEdit(false)}
        />
      ) : (
        <div class="button-row scorecard-actions">
          <button type="button" onClick={() => onOpen(row)}>
            Reopen <span class="visually-hidden">{about}</span>
          </button>
          <button type="button" class="secondary" id={renameButtonId} onClick={() => onEdit(true)}>
            Rename <span class="visually-hidden">the client {name}</span>
          </button>
          <button type="button" class="danger" onClick={() => onDelete(row)}>
            Delete <span class="visually-hidden">{about}</span>
          </button>
        </div>
      )}
    </li>
  );
}

interface RenameFormProps {
  idPrefix: string;
  currentName: string;
  label: string;
  onSave(name: string): { ok: true; name: string } | { ok: false; message: string };
  onCancel(): void;
}

function RenameForm({ idPrefix, currentName, label, onSave, onCancel }: RenameFormProps) {
  const [text, setText] = useState(currentName);
  const [error, setError] = useState<string | undefined>(undefined);
  const inputRef = useRef<HTMLInputElement>(null);
  const fieldId = `${idPrefix}-new-name`;

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  return (
    <form
      class="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        const saved = onSave(text);
        if (!saved.ok) setError(saved.message);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <FormField id={fieldId} label={label} error={error}>
        {(control) => (
          <input
            {...control}
            ref={inputRef}
            type="text"
            autocomplete="off"
            value={text}
            onInput={(event) => {
              setText(event.currentTarget.value);
              setError(undefined);
            }}
          />
        )}
      </FormField>
      <div class="button-row">
        <button type="submit">Save name</button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
