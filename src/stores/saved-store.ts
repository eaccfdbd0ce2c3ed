/**
 * Saved stores: each tool's state, kept in this browser's localStorage, shared between open tabs.
 *
 * Data shape in storage: key `loyalty-playbook:<name>` holds JSON `{ "version": n, "data": … }`
 * (see `src/lib/saved-data.ts`).
 *
 * Lifecycle:
 * 1. A tool's store module calls {@link createSavedStore} once; the store reads storage right away in the
 *    browser (on the server it starts from `initial`).
 * 2. Older versions are migrated; data that cannot be read is moved to
 *    `loyalty-playbook:set-aside:<name>:<time>` (never deleted), the store starts from `initial`, and a
 *    notice appears in {@link $savedDataNotices} until the user dismisses it.
 * 3. Every `set` writes the envelope back; other tabs receive it through the `storage` event.
 * 4. {@link listSavedStores} lets My plan export, import and clear every tool's data in one place: an
 *    entry's `clear()` empties the store and removes its key (so the tool counts as never used), and
 *    {@link readSetAsideData} / {@link writeSetAsideData} / {@link removeSetAsideData} move what was set aside.
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom, type WritableAtom } from 'nanostores';
import {
  describeRefusal,
  readStoredText,
  SET_ASIDE_PREFIX,
  toStorageKey,
  wrapEnvelope,
  type SavedDataSpec,
} from '../lib/saved-data';

/** A notice that saved data was set aside. */
export interface SavedDataNotice {
  /** The store's data name. */
  name: string;
  message: string;
  /** Where the unreadable data was kept. */
  setAsideKey?: string;
}

/** Options of a saved store. */
export interface SavedStoreOptions<T> extends SavedDataSpec<T> {
  /** The tool's name as users know it, used in notices and in My plan. */
  label: string;
  /** State when nothing is saved (or saved data was set aside). */
  initial: T;
}

/** A saved store as My plan sees it. */
export interface SavedStoreEntry<T = unknown> {
  spec: SavedStoreOptions<T>;
  store: WritableAtom<T>;
  /** Puts the store back to its initial state and removes its key from storage (not just empties it). */
  clear(): void;
}

/** Notices about saved data that was set aside, newest last. */
export const $savedDataNotices = atom<SavedDataNotice[]>([]);

const registry = new Map<string, SavedStoreEntry<any>>();

/**
 * Dismisses the notice of one store.
 * @param name the store's data name
 */
export function dismissSavedDataNotice(name: string): void {
  $savedDataNotices.set($savedDataNotices.get().filter((notice) => notice.name !== name));
}

function setAside(name: string, raw: string): string | undefined {
  const key = `${SET_ASIDE_PREFIX}${name}:${new Date().toISOString()}`;
  try {
    localStorage.setItem(key, raw);
    localStorage.removeItem(toStorageKey(name));
    return key;
  } catch {
    // Storage full or off: leave the original where it is; it will be overwritten on the next save.
    return undefined;
  }
}

/**
 * Creates (once per name) a store persisted in localStorage under `loyalty-playbook:<name>`.
 * @param options the data spec, label and initial state
 * @example
 * export const $entries = createSavedStore({ name: 'loyalty-score', label: 'Loyalty-equation scorer',
 *   version: 1, schema: EntriesSchema, initial: EMPTY_ENTRIES });
 */
export function createSavedStore<T>(options: SavedStoreOptions<T>): WritableAtom<T> {
  const existing = registry.get(options.name);
  if (existing) return existing.store as WritableAtom<T>;

  // While clearing, encode answers undefined: @nanostores/persistent then deletes the key rather than
  // writing an empty envelope, so the tool reads as never used and a later mount does not write it back.
  let clearing = false;
  const store = persistentAtom<T>(toStorageKey(options.name), options.initial, {
    encode: (value) => (clearing ? undefined : JSON.stringify(wrapEnvelope(options, value))),
    decode: (raw) => {
      const result = readStoredText(options, raw);
      if (result.ok) return result.data;
      const setAsideKey = setAside(options.name, raw);
      const notice: SavedDataNotice = { name: options.name, message: describeRefusal(options.label, result.reason) };
      if (setAsideKey) notice.setAsideKey = setAsideKey;
      $savedDataNotices.set([...$savedDataNotices.get().filter((n) => n.name !== options.name), notice]);
      return options.initial;
    },
  });
  const clear = () => {
    clearing = true;
    try {
      store.set(options.initial);
    } finally {
      clearing = false;
    }
  };
  registry.set(options.name, { spec: options, store, clear });
  return store;
}

/** Every saved store created so far (a tool's store exists once its module is imported). */
export function listSavedStores(): SavedStoreEntry[] {
  return [...registry.values()];
}

/** Lists the storage keys of everything set aside, oldest first (keys end in the time it happened). */
function listSetAsideKeys(): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(SET_ASIDE_PREFIX)) keys.push(key);
    }
  } catch {
    // Storage switched off: nothing can have been set aside.
  }
  return keys.sort();
}

/** Everything set aside so far, by storage key (`loyalty-playbook:set-aside:<name>:<time>`), as stored. */
export function readSetAsideData(): Record<string, string> {
  const data: Record<string, string> = {};
  for (const key of listSetAsideKeys()) {
    const text = localStorage.getItem(key);
    if (text !== null) data[key] = text;
  }
  return data;
}

/**
 * Stores set-aside data (from a backup, or put back by Undo); keys outside the set-aside prefix are ignored.
 * @param data text by storage key
 * @returns false when storage refused (full or switched off)
 */
export function writeSetAsideData(data: Readonly<Record<string, string>>): boolean {
  try {
    for (const [key, text] of Object.entries(data)) {
      if (key.startsWith(SET_ASIDE_PREFIX)) localStorage.setItem(key, text);
    }
    return true;
  } catch {
    return false;
  }
}

/** Removes everything set aside, and the notices that pointed at it. */
export function removeSetAsideData(): void {
  for (const key of listSetAsideKeys()) localStorage.removeItem(key);
  $savedDataNotices.set([]);
}

/**
 * Tells whether storage holds data under a store's name, without creating the store (My plan loads a
 * tool's code only when the tool has been used).
 * @param name the store's data name
 */
export function hasStoredData(name: string): boolean {
  try {
    return localStorage.getItem(toStorageKey(name)) !== null;
  } catch {
    // Storage switched off: nothing can have been saved.
    return false;
  }
}
