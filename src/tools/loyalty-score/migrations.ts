/**
 * The version of the scorer's saved draft, where a new draft starts, and the steps that bring older
 * versions up to it. Kept apart from `./schema.ts` so the scorer saves without loading zod: the schema
 * loads only to read saved data.
 *
 * Pure: imports no store, no UI and no zod.
 */
import type { Migration } from '../shared/saved-data';
import { INPUT_IDS } from './model';
import type { ScorerDraft } from './schema';

/**
 * Longest client-name text kept in the draft. Far above the 80 characters a client name may have
 * (checked only when saving), so a long paste is kept as typed, yet a runaway value cannot fill storage.
 */
export const DRAFT_NAME_MAX_CHARS = 1000;

/** The version of the draft's shape written now (2: inputs not yet rated are absent). */
export const SCORER_DRAFT_VERSION = 2;

/** Where a new form starts: nothing rated, no client. */
export const INITIAL_DRAFT: ScorerDraft = { entries: {}, clientName: '' };

/** The rating every input of a version 1 draft started from. */
const VERSION_1_STARTING_RATING = 5;

/**
 * Turns a version 1 draft into version 2. Version 1 opened at 5 everywhere, so a draft still at 5
 * everywhere, with no client named and no scorecard reopened, is a form nobody filled in: it becomes
 * unrated. Any other draft keeps its ratings, which the user entered. Anything else is passed on
 * untouched, for the schema to accept or refuse.
 * @param data version 1 data, as parsed from JSON
 */
export function migrateDraftFromVersion1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const { entries, clientName, openedScorecardId } = data as { entries?: unknown; clientName?: unknown; openedScorecardId?: unknown };
  if (typeof entries !== 'object' || entries === null) return data;
  const untouched =
    INPUT_IDS.every((id) => (entries as Record<string, unknown>)[id] === VERSION_1_STARTING_RATING) &&
    (clientName === '' || clientName === undefined) &&
    openedScorecardId === undefined;
  return untouched ? { ...data, entries: {} } : data;
}

/** `SCORER_DRAFT_MIGRATIONS[n]` upgrades a saved draft of version `n` to `n + 1`. */
export const SCORER_DRAFT_MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateDraftFromVersion1 };
