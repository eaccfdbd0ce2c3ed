/**
 * Reading saved tool data: the versioned envelope every tool writes, its migration and validation.
 * Pure functions; `src/tools/shared/saved-store.ts` applies them to localStorage, and My plan's import
 * applies them to a backup file, so both accept and refuse exactly the same data.
 */

/** Prefix of every localStorage key the site writes, so the site's data can be found and cleared. */
export const STORAGE_PREFIX = 'loyalty-playbook:';

/** My plan's Export button, where every message about keeping data points (with the base path added). */
export const MY_PLAN_EXPORT_PATH = 'my-plan/#plan-export';

/**
 * The day the export reminder falls due, as an ISO date (written by `keep-data.ts`, absent when nothing
 * changed since the last export or the reminder is off). Kept apart so a tool page can tell whether to
 * fetch the reminder by comparing two dates, without loading the reminder's code.
 */
export const BACKUP_REMINDER_DUE_KEY = `${STORAGE_PREFIX}backup-reminder-due`;

/** Where unreadable data is kept, so a bad read never destroys what a user saved. */
export const SET_ASIDE_PREFIX = `${STORAGE_PREFIX}set-aside:`;

/** What is written under a tool's key: the data and the version of its shape. */
export interface SavedEnvelope {
  version: number;
  data: unknown;
}

/** Anything with zod's `safeParse` (zod classic or zod/mini). */
export interface Validator<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: unknown };
}

/** Turns data of version `n` into data of version `n + 1`. */
export type Migration = (data: unknown) => unknown;

/** How one tool's data is read. */
export interface SavedDataSpec<T> {
  /** Short, stable name; the storage key is {@link STORAGE_PREFIX} + name. */
  name: string;
  /** Version of the data shape written now; raise it when the shape changes and add a migration. */
  version: number;
  /** Validates data of the current version. */
  schema: Validator<T>;
  /** `migrations[n]` upgrades version `n` to `n + 1`. */
  migrations?: Readonly<Record<number, Migration>>;
}

/** Why saved data was refused. */
export type RefusalReason = 'unreadable' | 'newer' | 'invalid';

/** The outcome of reading saved data. */
export type ReadResult<T> = { ok: true; data: T; migratedFrom?: number } | { ok: false; reason: RefusalReason };

/**
 * Returns the storage key of a tool's data.
 * @param name the tool's data name, for example `loyalty-score`
 */
export function toStorageKey(name: string): string {
  return `${STORAGE_PREFIX}${name}`;
}

/**
 * Wraps data in the envelope with the current version.
 * @param spec the tool's data spec
 * @param data the data to save
 */
export function wrapEnvelope<T>(spec: Pick<SavedDataSpec<T>, 'version'>, data: T): SavedEnvelope {
  return { version: spec.version, data };
}

function isEnvelope(value: unknown): value is SavedEnvelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    'data' in value &&
    Number.isInteger((value as SavedEnvelope).version) &&
    (value as SavedEnvelope).version >= 1
  );
}

/**
 * Reads an envelope (already parsed from JSON): migrates older versions step by step, then validates.
 * Data newer than this release knows is refused rather than guessed at.
 * @param spec the tool's data spec
 * @param envelope the parsed envelope
 */
export function readEnvelope<T>(spec: SavedDataSpec<T>, envelope: unknown): ReadResult<T> {
  if (!isEnvelope(envelope)) return { ok: false, reason: 'unreadable' };
  if (envelope.version > spec.version) return { ok: false, reason: 'newer' };
  let data = envelope.data;
  try {
    for (let v = envelope.version; v < spec.version; v++) {
      const migrate = spec.migrations?.[v];
      if (!migrate) return { ok: false, reason: 'invalid' };
      data = migrate(data);
    }
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const parsed = spec.schema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  return envelope.version < spec.version
    ? { ok: true, data: parsed.data, migratedFrom: envelope.version }
    : { ok: true, data: parsed.data };
}

/**
 * Reads the raw text stored under a tool's key.
 * @param spec the tool's data spec
 * @param raw the stored string
 */
export function readStoredText<T>(spec: SavedDataSpec<T>, raw: string): ReadResult<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return readEnvelope(spec, parsed);
}

/**
 * Explains a refusal to the user in one sentence.
 * @param label the tool's name as users know it, for example `Loyalty-equation scorer`
 * @param reason why the data was refused
 */
export function describeRefusal(label: string, reason: RefusalReason): string {
  switch (reason) {
    case 'newer':
      return `Your saved ${label} data comes from a newer version of this site, so it was set aside and a fresh start shown.`;
    case 'invalid':
    case 'unreadable':
      return `Your saved ${label} data could not be read, so it was set aside and a fresh start shown.`;
  }
}

/** Why the browser refused to store data: its storage is full, or storage is switched off or blocked. */
export type SaveFailureReason = 'full' | 'blocked';

/**
 * Sorts an error thrown by `localStorage` into what a user can act on. Browsers name a full storage
 * differently (Chrome and Safari `QuotaExceededError`, older Firefox `NS_ERROR_DOM_QUOTA_REACHED`);
 * anything else (`SecurityError` when storage is blocked, a missing `localStorage`) means it is off.
 * @param error what was thrown
 */
export function classifyStorageError(error: unknown): SaveFailureReason {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'blocked';
}
