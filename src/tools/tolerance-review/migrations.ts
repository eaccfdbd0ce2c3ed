/**
 * The version of the tolerance review's saved data and the steps that bring older versions up to it. Kept
 * apart from `./schema.ts` so the review saves without loading zod: the schema loads only to read saved data.
 *
 * Pure: imports no store, no UI and no zod.
 */
import type { Migration } from '../shared/saved-data';
import { OUTCOMES_FROM_VERSION_1 } from './model';

/** The version of the saved shape written now (2: contacts placed against the client's own levels). */
export const TOLERANCE_DATA_VERSION = 2;

/**
 * Renames each review's contact outcomes from version 1 to version 2 ("Below expected" becomes "Below what
 * they accept", "As expected" becomes "Acceptable", "Better than expected" becomes "Better than they
 * hoped"). Anything else is passed on untouched, for the schema to accept or refuse.
 * @param data version 1 data, as parsed from JSON
 */
export function migrateContactsFromVersion1(data: unknown): unknown {
  if (!Array.isArray(data)) return data;
  return data.map((review: unknown) => {
    const contacts: unknown = (review as { answers?: { contacts?: unknown } } | null)?.answers?.contacts;
    if (typeof contacts !== 'object' || contacts === null || Array.isArray(contacts)) return review;
    const renamed = Object.fromEntries(
      Object.entries(contacts).map(([touchpoint, outcome]: [string, unknown]) => [
        touchpoint,
        typeof outcome === 'string' && Object.hasOwn(OUTCOMES_FROM_VERSION_1, outcome) ? OUTCOMES_FROM_VERSION_1[outcome] : outcome,
      ]),
    );
    const { answers } = review as { answers: object };
    return { ...(review as object), answers: { ...answers, contacts: renamed } };
  });
}

/** `TOLERANCE_MIGRATIONS[n]` upgrades saved data of version `n` to `n + 1`. */
export const TOLERANCE_MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateContactsFromVersion1 };
