/**
 * The shared client list, with Rename: tools keep the client's id, so a new name shows in every tool.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CLIENT_NAME_MAX_CHARS } from '../shared/client-name';
import { $planClients, renameClientEverywhere } from './store';

function ClientRow({ id, name }: { id: string; name: string }) {
  const [editing, setEditing] = useState(false);
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
        </button>
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
  if (clients.length === 0) return null;
  return (
    <section class="plan-section no-print" aria-labelledby="plan-clients-title">
      <h2 id="plan-clients-title">Your clients</h2>
      <p class="field-hint">One list for every tool. A new name shows everywhere the client appears.</p>
      <ul class="plan-clients">
        {clients.map((client) => (
          <ClientRow key={client.id} id={client.id} name={client.name} />
        ))}
      </ul>
    </section>
  );
}
