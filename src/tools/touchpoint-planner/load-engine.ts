/**
 * When and how the island loads its engine (see `engine.ts`). Browser-only.
 */
import { toStorageKey } from '../shared/saved-data';

/** The engine module, once loaded. */
export type PlannerEngine = typeof import('./engine');

/** The saved stores the planner reads: when either holds data, the engine is needed at once. */
const ENGINE_STORAGE_KEYS = [toStorageKey('touchpoint-planner'), toStorageKey('clients')];

let loading: Promise<PlannerEngine> | undefined;

/**
 * Loads the engine (once; later calls share the same promise). A failed load (offline) is forgotten so
 * the next call tries again.
 */
export function loadEngine(): Promise<PlannerEngine> {
  loading ??= import('./engine').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Tells whether this browser holds planner data or clients, so the engine must be read at once.
 * When storage cannot be read, says yes and lets the saved store deal with it.
 */
export function hasSavedPlannerData(): boolean {
  try {
    return ENGINE_STORAGE_KEYS.some((key) => localStorage.getItem(key) !== null);
  } catch {
    return true;
  }
}

/**
 * Tells whether a storage event (another tab saving) concerns the planner.
 * @param key the key from the storage event (null when storage was cleared)
 */
export function isPlannerStorageKey(key: string | null): boolean {
  return key === null || ENGINE_STORAGE_KEYS.includes(key);
}
