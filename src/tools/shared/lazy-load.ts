/**
 * Loading a tool's code only when it is needed: the one way the site defers a module, and the one rule
 * for "is anything saved?" that decides whether deferred code is needed at once.
 *
 * Lifecycle: {@link createLazyLoader} returns a function that imports its module on the first call and
 * shares that promise with every later call; a failed import (offline) is forgotten, so the next call tries
 * again. {@link hasSavedData} is read before hydration decides what to load; {@link followSavedData} wakes a
 * page when another tab saves under one of its stores.
 */
import { STORAGE_PREFIX, toStorageKey } from './saved-data';

/**
 * Makes a loader that imports a module once and retries after a failed import.
 * @param importer the dynamic import, for example `() => import('./engine')`
 * @example
 * const loadEngine = createLazyLoader(() => import('./engine'));
 * const engine = await loadEngine();
 */
export function createLazyLoader<T>(importer: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= importer().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/**
 * Tells whether this browser holds data under any of the given saved stores. When storage cannot be
 * read (switched off, or blocked), it says yes: loading the code is harmless, and the saved store then
 * shows what it can and says what went wrong, whereas saying no would hide the tool's own messages.
 * @param names the saved stores' data names, for example `['touchpoint-planner', 'clients']`
 */
export function hasSavedData(names: readonly string[]): boolean {
  try {
    return names.some((name) => localStorage.getItem(toStorageKey(name)) !== null);
  } catch {
    return true;
  }
}

/**
 * Tells whether a storage event (another tab saving) concerns any of the given stores.
 * @param names the saved stores' data names; an empty list means any of the site's stores
 * @param key the event's key, null when another tab cleared storage
 */
export function concernsSavedData(names: readonly string[], key: string | null): boolean {
  if (key === null) return true;
  return names.length === 0 ? key.startsWith(STORAGE_PREFIX) : names.some((name) => key === toStorageKey(name));
}

/**
 * Calls back when another tab saves under one of the given stores.
 * @param names the saved stores' data names; an empty list means any of the site's stores
 * @param callback what to do then
 * @returns a function that stops following
 */
export function followSavedData(names: readonly string[], callback: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (concernsSavedData(names, event.key)) callback();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
