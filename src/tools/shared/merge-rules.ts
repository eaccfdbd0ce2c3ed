/**
 * How a tool's saved data comes in from a backup: counted for the import preview ("3 reviews") and merged
 * with this browser's on "Merge". The shape of the rules each tool declares in its own `merge.ts`, and the
 * client-list merge they all rely on. Pure.
 *
 * The rules every tool follows, as the My plan page explains them: nothing in this browser is lost, the
 * file adds what this browser lacks, and where both hold the same thing this browser's is kept unless the
 * tool itself would keep the newer one.
 */
import { isSameClientName } from './client-name';
import type { Client } from './client-schema';

/** Turns a client id from the file into the id the merged client list uses. */
export type ClientIdMap = (id: string) => string;

/** How one saved store is counted and merged on import. */
export interface StoreMergeRule<T> {
  /** What one record is called, singular and plural, for the import preview: `['review', 'reviews']`. */
  noun: readonly [string, string];
  /**
   * Counts the records in the store's data, for the import preview.
   * @param data the store's valid data
   */
  count(data: T): number;
  /** The store's data when nothing is saved: a file's data is merged into it when this browser has none. */
  empty: T;
  /**
   * Merges the file's data into this browser's.
   * @param current this browser's valid data
   * @param incoming the file's valid data
   * @param mapId points the file's client ids at the merged client list's
   */
  merge(current: T, incoming: T, mapId: ClientIdMap): T;
  /**
   * Removes what the store keeps about one client ("Delete client" on My plan). Absent when the store names
   * no client. Here, beside the merge, because both are the store's rules about client ids.
   * @param data the store's valid data
   * @param clientId the client's id
   * @returns the data without the client, and what went, in the tool's words ("2 scorecards"), or
   *   undefined when the store held nothing about the client
   */
  forgetClient?(data: T, clientId: string): { data: T; removed: string | undefined };
}

/**
 * Counts records in a few words for "Delete client": "1 scorecard", "3 scorecards", undefined for none.
 * @param count how many
 * @param noun singular and plural, as in {@link StoreMergeRule.noun}
 */
export function describeRemoved(count: number, noun: readonly [string, string]): string | undefined {
  return count === 0 ? undefined : `${count} ${count === 1 ? noun[0] : noun[1]}`;
}

/** A tool's merge rules, by saved store name. */
// `any`: each rule knows its own store's type; the merge applies it only to data its store has validated.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StoreMergeRules = Readonly<Record<string, StoreMergeRule<any>>>;

/**
 * Declares one store's merge rule with its data type checked.
 * @param rule the rule
 */
export function defineMergeRule<T>(rule: StoreMergeRule<T>): StoreMergeRule<T> {
  return rule;
}

/**
 * Merges the client lists: this browser's clients first, then the file's new ones. Clients are matched by
 * id and by name (case and spacing aside), so the same client typed on two devices becomes one.
 * @returns the merged list and how the file's ids map onto it
 */
export function mergeClients<T extends Client>(current: readonly T[], incoming: readonly T[]): { clients: T[]; mapId: ClientIdMap } {
  const clients = [...current];
  const map = new Map<string, string>();
  for (const client of incoming) {
    const same = clients.find((known) => known.id === client.id) ?? clients.find((known) => isSameClientName(known.name, client.name));
    if (same) {
      map.set(client.id, same.id);
    } else {
      clients.push(client);
      map.set(client.id, client.id);
    }
  }
  return { clients, mapId: (id) => map.get(id) ?? id };
}
