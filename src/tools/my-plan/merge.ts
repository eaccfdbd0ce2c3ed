/**
 * Merging a backup into what this browser already holds ("Merge" on import). Pure: takes every store's
 * valid data by store name and each tool's merge rules (declared in the tool's own `merge.ts`, found
 * through the registry), and returns the merged data by store name.
 *
 * The rules, as the My plan page explains them:
 * - Nothing in this browser is lost. The file adds what this browser lacks.
 * - Clients are matched by name (case and spacing aside) as well as by id, so the same client typed on two
 *   devices becomes one; every record in the file that named the file's client is moved to this browser's.
 * - Where both hold the same thing, each tool's rule decides (most keep this browser's).
 * - A store with no merge rule keeps this browser's data when it has some, and takes the file's otherwise.
 */
import { mergeClients, type StoreMergeRules } from '../shared/merge-rules';
import type { Client } from '../shared/client-schema';

/** Valid data by store name. */
export type StoreData = Record<string, unknown>;

/**
 * Merges a backup's data into this browser's (see the rules in the module comment).
 * @param current this browser's valid data, for the stores that hold saved data
 * @param incoming the file's valid data
 * @param rules every tool's merge rules, by store name
 * @param clientsStoreName the data name of the shared client list
 * @returns the data every store should hold after the merge
 */
export function mergeStoreData(current: Readonly<StoreData>, incoming: Readonly<StoreData>, rules: StoreMergeRules, clientsStoreName: string): StoreData {
  const merged: StoreData = { ...current };
  const { clients, mapId } = mergeClients(
    (current[clientsStoreName] as Client[] | undefined) ?? [],
    (incoming[clientsStoreName] as Client[] | undefined) ?? [],
  );
  if (clientsStoreName in current || clientsStoreName in incoming) merged[clientsStoreName] = clients;
  for (const [name, data] of Object.entries(incoming)) {
    if (name === clientsStoreName) continue;
    const rule = rules[name];
    if (!(name in current)) merged[name] = rule ? rule.merge(rule.empty, data, mapId) : data;
    else if (rule) merged[name] = rule.merge(current[name], data, mapId);
  }
  return merged;
}

/**
 * Merges the clients a backup names twice (the same name but for case and spacing) into one, pointing
 * every record of the duplicates at the first, by each tool's merge rule (as a Merge into an empty
 * browser would). A store whose rule keeps only this browser's data (the scorer's form in progress) holds
 * no client ids and is left as the file has it.
 * @param incoming the file's valid data
 * @param rules every tool's merge rules, by store name
 * @param clientsStoreName the data name of the shared client list
 */
export function mergeDuplicateClients(incoming: Readonly<StoreData>, rules: StoreMergeRules, clientsStoreName: string): StoreData {
  const listed = (incoming[clientsStoreName] as Client[] | undefined) ?? [];
  const { clients, mapId } = mergeClients([], listed);
  if (clients.length === listed.length) return { ...incoming };
  const merged: StoreData = { ...incoming, [clientsStoreName]: clients };
  for (const [name, data] of Object.entries(incoming)) {
    const rule = rules[name];
    if (name === clientsStoreName || !rule) continue;
    const pointed: unknown = rule.merge(rule.empty, data, mapId);
    if (pointed !== rule.empty) merged[name] = pointed;
  }
  return merged;
}
