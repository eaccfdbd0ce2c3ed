/**
 * The version of the weekly checklist's saved data and the steps that bring older versions up to it. Kept
 * apart from `./schema.ts` so the checklist saves without loading zod: the schema loads only to read saved
 * data.
 *
 * Pure: imports no store, no UI and no zod.
 */
import type { Migration } from '../shared/saved-data';

/** Version of the saved data written now. */
export const CHECKLIST_DATA_VERSION = 2;

/**
 * Renames each week's `keyCustomers` (version 1) to `keyClients` (version 2). Anything else is passed on
 * untouched, for the schema to accept or refuse.
 * @param data version 1 data, as parsed from JSON
 */
export function renameKeyCustomers(data: unknown): unknown {
  const weeks: unknown = (data as { weeks?: unknown } | null)?.weeks;
  if (typeof weeks !== 'object' || weeks === null || Array.isArray(weeks)) return data;
  const renamed = Object.entries(weeks).map(([week, sheet]: [string, unknown]): [string, unknown] => {
    if (typeof sheet !== 'object' || sheet === null || !('keyCustomers' in sheet)) return [week, sheet];
    const { keyCustomers, ...rest }: { keyCustomers: unknown } = sheet;
    return [week, { ...rest, keyClients: keyCustomers }];
  });
  return { ...(data as object), weeks: Object.fromEntries(renamed) };
}

/** `CHECKLIST_MIGRATIONS[n]` upgrades saved data of version `n` to `n + 1`. */
export const CHECKLIST_MIGRATIONS: Readonly<Record<number, Migration>> = { 1: renameKeyCustomers };
