/**
 * The one client list the scorer, the touchpoint planner and the tolerance review share: a client named in
 * one tool is offered in the others, and renaming it renames it everywhere (tools store the client's id).
 *
 * Data shape: `Client[]` in the saved store `clients` (version 1).
 * Lifecycle: read from storage on first import; `addClient` / `renameClient` / `removeClient` write back.
 */
import { nanoid } from 'nanoid';
import { isSameClientName, validateClientName, type ClientNameResult } from './client-name';
import { ClientListSchema, type Client } from './client-schema';
import { createSavedStore } from './saved-store';

export type { Client } from './client-schema';

/** Every client the user has named in any tool, in the order they were added. */
export const $clients = createSavedStore<Client[]>({
  name: 'clients',
  label: 'client list',
  version: 1,
  schema: ClientListSchema,
  initial: [],
});

/**
 * Finds a client by id.
 * @param id the client's id
 */
export function findClient(id: string): Client | undefined {
  return $clients.get().find((client) => client.id === id);
}

/**
 * Returns the client with this name, adding it when it is new.
 * @param rawName what the user typed
 * @returns the client, or the reason the name was refused
 */
export function addClient(rawName: string): { ok: true; client: Client } | { ok: false; message: string } {
  const checked = validateClientName(rawName);
  if (!checked.ok) return checked;
  const known = $clients.get().find((client) => isSameClientName(client.name, checked.name));
  if (known) return { ok: true, client: known };
  const client = { id: nanoid(10), name: checked.name };
  $clients.set([...$clients.get(), client]);
  return { ok: true, client };
}

/**
 * Renames a client everywhere.
 * @param id the client's id
 * @param rawName the new name
 */
export function renameClient(id: string, rawName: string): ClientNameResult {
  const checked = validateClientName(rawName);
  if (!checked.ok) return checked;
  const clash = $clients.get().find((client) => client.id !== id && isSameClientName(client.name, checked.name));
  if (clash) return { ok: false, message: `There is already a client called ${clash.name}.` };
  $clients.set($clients.get().map((client) => (client.id === id ? { ...client, name: checked.name } : client)));
  return checked;
}

/**
 * Removes a client from the list (tools keep their own records of it until those are deleted).
 * @param id the client's id
 */
export function removeClient(id: string): void {
  $clients.set($clients.get().filter((client) => client.id !== id));
}
