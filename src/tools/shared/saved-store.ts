/**
 * Saved stores: each tool's state, kept in this browser's localStorage, shared between open tabs.
 *
 * Data shape in storage: key `loyalty-playbook:<name>` holds JSON `{ "version": n, "data": … }`
 * (see `src/tools/shared/saved-data.ts`).
 *
 * Lifecycle:
 * 1. A tool's store module calls {@link createSavedStore} once; the store reads storage right away in the
 *    browser (on the server it starts from `initial`).
 * 2. Older versions are migrated; data that cannot be read is moved to
 *    `loyalty-playbook:set-aside:<name>:<time>` (never deleted), the store starts from `initial`, and a
 *    notice appears in {@link $savedDataNotices} until the user dismisses it.
 * 3. Every `set` writes the envelope back; other tabs receive it through the `storage` event.
 * 4. {@link listSavedStores} lets My plan export, import and clear every tool's data in one place.
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
} from './saved-data';

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
}

/** Notices about saved data that was set aside, newest last. */
export const $savedDataNotices = atom<SavedDataNotice[]>([]);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- stores of different types share one registry; createSavedStore pairs each spec with its own store
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

  const store = persistentAtom<T>(toStorageKey(options.name), options.initial, {
    encode: (value) => JSON.stringify(wrapEnvelope(options, value)),
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
  registry.set(options.name, { spec: options, store });
  return store;
}

/** Every saved store created so far (a tool's store exists once its module is imported). */
export function listSavedStores(): SavedStoreEntry[] {
  return [...registry.values()];
}
