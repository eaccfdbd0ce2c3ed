/**
 * The client-name field of every tool that names a client (scorer, planner, tolerance review, client
 * survey): a labelled text box that offers, as the user types, the clients already named in any tool, so
 * one client is typed the same way everywhere. Names are checked by the one rule in `client-name.ts`
 * when the tool saves, not here.
 */
import type { ComponentChildren, Ref } from 'preact';
import FormField from './FormField';
import type { Client } from './client-schema';

/** Props of {@link ClientNameField}. */
export interface ClientNameFieldProps {
  /** The box's id; the hint, error and list of known clients take `<id>-hint`, `<id>-error`, `<id>-clients`. */
  id: string;
  label?: string;
  hint: ComponentChildren;
  /** The message shown while the name is refused. */
  error?: string | undefined;
  /** Clients offered as the name is typed (none before hydration, so the server's HTML stays small). */
  clients: readonly Client[];
  value: string;
  onValue: (value: string) => void;
  onFocus?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Names the box for a form that finds a refused field by its `data-field` (the planner's does). */
  field?: string;
  /** Shown under the box, such as a note that this client already has a plan. */
  children?: ComponentChildren;
}

/** Renders a client-name box with its hint, error and the known clients. */
export default function ClientNameField({ id, label = 'Client name', hint, error, clients, value, onValue, onFocus, inputRef, field, children }: ClientNameFieldProps) {
  const listId = `${id}-clients`;
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <input
            {...control}
            ref={inputRef}
            data-field={field}
            type="text"
            autocomplete="off"
            list={listId}
            value={value}
            onFocus={onFocus}
            onInput={(event) => onValue(event.currentTarget.value)}
          />
          <datalist id={listId}>
            {clients.map((client) => (
              <option key={client.id} value={client.name} />
            ))}
          </datalist>
          {children}
        </>
      )}
    </FormField>
  );
}
