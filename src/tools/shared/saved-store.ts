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
 * 3. Every `set` writes the envelope back through one save path ({@link writeStoredText}); other tabs
 *    receive it through the `storage` event. When the browser refuses the write (storage full, switched off,
 *    blocked), the value still reaches the store, so it stays on screen and in memory for this page's life;
 *    the refusal goes to {@link $saveFailures} (shown by `SavedDataNotices`) until a later write of that store
 *    succeeds ({@link retryFailedSaves}). Nothing throws into the tools.
 * 4. {@link listSavedStores} lets My plan export, import and clear every tool's data in one place.
 * 5. A store made by {@link createDeferredSavedStore} loads its schema (and zod with it) only when this browser
 *    holds its data: a first visit saves without it. Should data arrive later (another tab saves), the page
 *    keeps what it shows, writes nothing over the stored text, and reads it once the schema has loaded.
 *    My plan loads every schema before it reads a backup ({@link loadSavedStoreSchemas}).
 */
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { atom, type WritableAtom } from 'nanostores';
import { createLazyLoader, hasSavedData } from './lazy-load';
import {
  classifyStorageError,
  describeRefusal,
  readStoredText,
  SET_ASIDE_PREFIX,
  STORAGE_PREFIX,
  toStorageKey,
  wrapEnvelope,
  type SavedDataSpec,
  type SaveFailureReason,
  type Validator,
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

/** A store whose latest change the browser refused to keep: it is on screen and in memory only. */
export interface SaveFailure {
  /** The store's data name. */
  name: string;
  reason: SaveFailureReason;
}

/** Stores whose latest change is not saved, oldest refusal first. */
export const $saveFailures = atom<SaveFailure[]>([]);

/**
 * The backup status (`./keep-data.ts`), loaded after the first accepted write: pages that only read
 * download none of it. A failed load (offline) only delays the note to the next write.
 */
const loadKeepData = createLazyLoader(() => import('./keep-data'));

/**
 * Storage keys whose stored text this page has not read yet because the store's schema is still loading:
 * writes to them wait, so a value shown before the read never overwrites what another tab saved.
 */
const pendingReads = new Set<string>();

/** Text the browser refused, by storage key: what this page reads back, so a refused change is not undone. */
const unsavedTexts = new Map<string, string>();

/** Listeners of {@link watchWrites}, told of every write's outcome. */
const writeWatchers = new Set<(failure: SaveFailure | undefined) => void>();

function noteWrite(key: string, failure: SaveFailure | undefined): void {
  const name = key.slice(STORAGE_PREFIX.length);
  const others = $saveFailures.get().filter((known) => known.name !== name);
  if (failure || others.length !== $saveFailures.get().length) $saveFailures.set(failure ? [...others, failure] : others);
  for (const watcher of writeWatchers) watcher(failure);
}

/**
 * The one save path: writes text under a key and reports what the browser said, never throwing.
 * @param key the storage key
 * @param text what to store
 * @returns undefined when stored, or why it was refused
 */
export function writeStoredText(key: string, text: string): SaveFailure | undefined {
  let failure: SaveFailure | undefined;
  try {
    localStorage.setItem(key, text);
    unsavedTexts.delete(key);
    void loadKeepData().then((keep) => keep.noteDataStored(key), () => undefined);
  } catch (error) {
    unsavedTexts.set(key, text);
    failure = { name: key.slice(STORAGE_PREFIX.length), reason: classifyStorageError(error) };
  }
  noteWrite(key, failure);
  return failure;
}

function readStoredValue(key: string): string | undefined {
  if (unsavedTexts.has(key)) return unsavedTexts.get(key);
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes what is stored under a key (and any change of it the browser refused), never throwing.
 * @param key the storage key
 */
export function removeSavedText(key: string): void {
  unsavedTexts.delete(key);
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage switched off: there is nothing stored to remove.
  }
  noteWrite(key, undefined);
}

/**
 * Storage as @nanostores/persistent sees it: localStorage read and written through {@link writeStoredText},
 * so a refused write neither throws nor loses the value. Only in a browser: on the server and in Node the
 * library keeps its in-memory default.
 */
if (typeof window !== 'undefined') {
  const engine = new Proxy({}, {
    get: (_target, key) => (typeof key === 'string' ? readStoredValue(key) : undefined),
    has: (_target, key) => typeof key === 'string' && readStoredValue(key) !== undefined,
    set: (_target, key, value: string) => {
      if (typeof key === 'string' && !pendingReads.has(key)) writeStoredText(key, value);
      return true;
    },
    deleteProperty: (_target, key) => {
      if (typeof key === 'string') removeSavedText(key);
      return true;
    },
  });
  setPersistentEngine(engine, windowPersistentEvents);
}

/**
 * Runs some changes to saved stores and tells whether the browser stored all of them, so a tool announces
 * success only after it happened.
 * @param change the action that sets stores
 * @returns the action's result, and the first refusal if any write was refused
 * @example
 * const { value, failure } = watchWrites(() => saveReview());
 */
export function watchWrites<T>(change: () => T): { value: T; failure?: SaveFailure } {
  let failure: SaveFailure | undefined;
  const watcher = (outcome: SaveFailure | undefined) => {
    failure ??= outcome;
  };
  writeWatchers.add(watcher);
  try {
    const value = change();
    return failure ? { value, failure } : { value };
  } finally {
    writeWatchers.delete(watcher);
  }
}

/**
 * Finds a refused save among some stores, for a tool that announces a change after awaiting something
 * (where {@link watchWrites} cannot wrap the writes).
 * @param names the stores' data names
 */
export function findSaveFailure(names: readonly string[]): SaveFailure | undefined {
  return $saveFailures.get().find((failure) => names.includes(failure.name));
}

/**
 * Tells whether a store holds a change this page could not save (so My plan counts it as data).
 * @param name the store's data name
 */
export function isHeldOnlyInMemory(name: string): boolean {
  return unsavedTexts.has(toStorageKey(name));
}

/**
 * Writes again every store whose last write was refused (after the user made room).
 * @returns true when every one of them is now stored
 */
export function retryFailedSaves(): boolean {
  for (const { name } of $saveFailures.get()) {
    const text = unsavedTexts.get(toStorageKey(name));
    if (text === undefined) noteWrite(toStorageKey(name), undefined);
    else writeStoredText(toStorageKey(name), text);
  }
  return $saveFailures.get().length === 0;
}

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

  const key = toStorageKey(options.name);
  const deferred = options.schema instanceof DeferredSchema ? (options.schema as DeferredSchema<T>) : undefined;
  // Set once the atom exists: a read may be asked for while the atom is being made.
  const made: { store?: WritableAtom<T> } = {};

  function read(raw: string): T {
    const result = readStoredText(options, raw);
    if (result.ok) return result.data;
    const setAsideKey = setAside(options.name, raw);
    const notice: SavedDataNotice = { name: options.name, message: describeRefusal(options.label, result.reason) };
    if (setAsideKey) notice.setAsideKey = setAsideKey;
    $savedDataNotices.set([...$savedDataNotices.get().filter((n) => n.name !== options.name), notice]);
    return options.initial;
  }

  function readOnceSchemaLoaded(): T {
    const shown = made.store ? made.store.get() : options.initial;
    if (pendingReads.has(key) || !deferred) return shown;
    pendingReads.add(key);
    deferred.load().then(
      () => {
        const raw = readStoredValue(key);
        // Still a pending read: setting the store writes nothing back over the text just read.
        made.store?.set(raw === undefined ? options.initial : read(raw));
        pendingReads.delete(key);
      },
      // Offline and not cached: writes resume; the next change from another tab tries again.
      () => pendingReads.delete(key),
    );
    return shown;
  }

  const store = persistentAtom<T>(key, options.initial, {
    encode: (value) => JSON.stringify(wrapEnvelope(options, value)),
    decode: (raw) => (deferred && !deferred.isLoaded() ? readOnceSchemaLoaded() : read(raw)),
  });
  made.store = store;
  registry.set(options.name, { spec: options, store });
  return store;
}

/**
 * A schema loaded on first need. Until it has loaded, `safeParse` throws: saved stores read nothing
 * before {@link DeferredSchema.load} resolves.
 */
class DeferredSchema<T> implements Validator<T> {
  readonly load: () => Promise<Validator<T>>;
  private loaded: Validator<T> | undefined;

  constructor(importer: () => Promise<Validator<T>>) {
    this.load = createLazyLoader(() =>
      importer().then((schema) => {
        this.loaded = schema;
        return schema;
      }),
    );
  }

  isLoaded(): boolean {
    return this.loaded !== undefined;
  }

  safeParse(input: unknown): ReturnType<Validator<T>['safeParse']> {
    if (!this.loaded) throw new Error('The schema has not loaded yet.');
    return this.loaded.safeParse(input);
  }
}

/** Options of a saved store whose schema loads only when needed. */
export interface DeferredSavedStoreOptions<T> extends Omit<SavedStoreOptions<T>, 'schema'> {
  /** Imports the schema, for example `() => import('./schema').then((m) => m.ReviewsSchema)`. */
  loadSchema: () => Promise<Validator<T>>;
}

/**
 * Creates a saved store (as {@link createSavedStore}) whose schema, and zod with it, loads only when this
 * browser holds the store's data (or storage cannot be read): a first visit neither downloads nor runs it.
 * Await it at the top of the store's module, so the store is read before any island renders.
 * @param options the data spec with a schema loader, the label and initial state
 * @example
 * export const $reviews = await createDeferredSavedStore({ name: 'tolerance-review', label: 'tolerance review',
 *   version: 2, loadSchema: () => import('./schema').then((m) => m.ReviewsSchema), initial: [] });
 */
export async function createDeferredSavedStore<T>(options: DeferredSavedStoreOptions<T>): Promise<WritableAtom<T>> {
  const existing = registry.get(options.name);
  if (existing) return existing.store as WritableAtom<T>;
  const { loadSchema, ...rest } = options;
  const schema = new DeferredSchema(loadSchema);
  // On the server nothing is stored (and storage cannot be read, which hasSavedData counts as data).
  if (typeof window !== 'undefined' && hasSavedData([options.name])) await schema.load();
  return createSavedStore({ ...rest, schema });
}

/**
 * Loads the schema of every saved store created so far, for code that checks data itself (a backup).
 * @returns a promise that rejects when a schema cannot be fetched (offline)
 */
export async function loadSavedStoreSchemas(): Promise<void> {
  const deferred = [...registry.values()].map(({ spec }) => spec.schema).filter((schema) => schema instanceof DeferredSchema);
  await Promise.all(deferred.map((schema) => (schema as DeferredSchema<unknown>).load()));
}

/** Every saved store created so far (a tool's store exists once its module is imported). */
export function listSavedStores(): SavedStoreEntry[] {
  return [...registry.values()];
}
