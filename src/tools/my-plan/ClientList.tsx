/**
 * The shared client list, with Rename (tools keep the client's id, so a new name shows in every tool) and
 * Delete (which first lists what each tool would lose, and offers Undo after).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CLIENT_NAME_MAX_CHARS } from '../shared/client-name';
import UndoBar from '../shared/UndoBar';
import {
  $lastChange,
  $planClients,
  deleteClientEverywhere,
  dismissLastChange,
  previewClientRemoval,
  renameClientEverywhere,
  undoLastChange,
  type ClientRemoval,
} from './store';

/** A delete waiting for the user's yes: what it would remove, once worked out. */
type PendingDelete = { kind: 'checking' } | { kind: 'ready'; removals: ClientRemoval[] } | { kind: 'failed'; message: string };

/** The question before a client is deleted, listing what goes from each tool. */
function DeleteQuestion({ id, name, onDone }: { id: string; name: string; onDone(): void }) {
  const [pending, setPending] = useState<PendingDelete>({ kind: 'checking' });
  const [busy, setBusy] = useState(false);
  const questionId = `plan-client-${id}-delete`;
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let current = true;
    void previewClientRemoval(id).then((result) => {
      if (!current) return;
      setPending(result.ok ? { kind: 'ready', removals: result.removals } : { kind: 'failed', message: result.message });
    });
    return () => {
      current = false;
    };
  }, [id]);

  useEffect(() => {
    if (pending.kind === 'ready') confirmRef.current?.focus();
  }, [pending.kind]);

  async function confirm() {
    setBusy(true);
    const result = await deleteClientEverywhere(id);
    setBusy(false);
    if (result.ok) onDone();
    else setPending({ kind: 'failed', message: result.message });
  }

  return (
    <div class="notice notice-warning plan-client-delete" role="group" aria-labelledby={questionId}>
      <p id={questionId}>Delete {name} from your client list?</p>
      {pending.kind === 'checking' && <p role="status">Checking what the tools hold about {name}…</p>}
      {pending.kind === 'failed' && <p role="alert">{pending.message}</p>}
      {pending.kind === 'ready' &&
        (pending.removals.length > 0 ? (
          <>
            <p>This also removes:</p>
            <ul>
              {pending.removals.map((removal) => (
                <li key={removal.toolTitle}>
                  {removal.toolTitle}: {removal.removed}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>No tool holds anything else about {name}.</p>
        ))}
      <p class="field-hint">You can undo this until you leave the page.</p>
      <div class="button-row">
        {pending.kind === 'ready' && (
          <button type="button" class="danger confirm" ref={confirmRef} onClick={confirm} disabled={busy}>
            Yes, delete {name}
          </button>
        )}
        <button type="button" class="secondary" onClick={onDone}>
          Keep {name}
        </button>
      </div>
    </div>
  );
}

function ClientRow({ id, name }: { id: string; name: string }) {
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [text, setText] = useState(name);
  const [error, setError] = useState<string | undefined>(undefined);
  const fieldId = `plan-client-${id}`;
  const errorId = `${fieldId}-error`;
  const fieldRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Focus follows the user: into the field on Rename, back to the Rename button on Save or Cancel.
  useEffect(() => {
    if (editing) fieldRef.current?.focus();
    else if (wasEditing.current) buttonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  async function save(event: Event) {
    event.preventDefault();
    const result = await renameClientEverywhere(id, text);
    if (result.ok) {
      setEditing(false);
      setError(undefined);
    } else {
      setError(result.message);
    }
  }

  if (!editing) {
    return (
      <li class="plan-client">
        <span class="plan-client-name">{name}</span>{' '}
        <button
          ref={buttonRef}
          type="button"
          class="secondary"
          aria-label={`Rename ${name}`}
          onClick={() => {
            setText(name);
            setEditing(true);
          }}
        >
          Rename
        </button>{' '}
        <button type="button" class="danger" aria-label={`Delete ${name}`} onClick={() => setDeleting(true)} disabled={deleting}>
          Delete
        </button>
        {deleting && <DeleteQuestion id={id} name={name} onDone={() => setDeleting(false)} />}
      </li>
    );
  }
  return (
    <li class="plan-client">
      <form class="plan-rename" onSubmit={save}>
        <label for={fieldId}>New name for {name}</label>
        <input
          id={fieldId}
          type="text"
          value={text}
          maxLength={CLIENT_NAME_MAX_CHARS * 2}
          autoComplete="off"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(event) => {
            setText((event.target as HTMLInputElement).value);
            setError(undefined);
          }}
          ref={fieldRef}
        />
        <button type="submit">Save name</button>
        <button type="button" class="secondary" onClick={() => setEditing(false)}>
          Cancel
        </button>
        {error && (
          <p id={errorId} class="field-error">
            {error}
          </p>
        )}
      </form>
    </li>
  );
}

/** Lists the clients, each with Rename; nothing when no client has been named yet. */
export default function ClientList() {
  const clients = useStore($planClients);
  const lastChange = useStore($lastChange);
  const undo = lastChange?.kind === 'delete-client' ? lastChange : undefined;
  if (clients.length === 0 && !undo) return null;
  return (
    <section class="plan-section no-print" aria-labelledby="plan-clients-title">
      <h2 id="plan-clients-title">Your clients</h2>
      <p class="field-hint">One list for every tool. A new name shows everywhere the client appears.</p>
      <ul class="plan-clients">
        {clients.map((client) => (
          <ClientRow key={client.id} id={client.id} name={client.name} />
        ))}
      </ul>
      {undo && <UndoBar message={undo.message} onUndo={() => void undoLastChange()} onDismiss={dismissLastChange} />}
    </section>
  );
}
