/**
 * What the loyalty-equation scorer saves, as zod/mini schemas, and the types derived from them.
 *
 * Data shapes:
 * - saved store `loyalty-score` (version {@link SCORER_DRAFT_VERSION}): {@link ScorerDraftSchema}, the form as
 *   last left. Version 1 held a rating for every input (a new form started at 5 everywhere); version 2 holds
 *   only the inputs the user has rated ({@link migrateDraftFromVersion1});
 * - saved store `loyalty-scorecards` (version 1): {@link ScorecardsSchema}, every saved scorecard, oldest
 *   first; a scorecard always has every rating.
 * Reading is all or nothing: one bad rating or scorecard refuses the whole saved data (the saved store
 * then sets it aside, never deletes it). Fields the schemas do not name are dropped.
 *
 * Pure: imports only zod/mini and pure modules.
 */
import { z } from 'zod/mini';
import { isIsoDate } from '../shared/calendar-date';
import type { Migration } from '../shared/saved-data';
import { INPUT_IDS, RATING_MAX, RATING_MIN, type InputId } from './model';

/**
 * Longest client-name text kept in the draft. Far above the 80 characters a client name may have
 * (checked only when saving), so a long paste is kept as typed, yet a runaway value cannot fill storage.
 */
export const DRAFT_NAME_MAX_CHARS = 1000;

/** A whole-number rating from {@link RATING_MIN} to {@link RATING_MAX}. */
const RatingSchema = z.int().check(z.gte(RATING_MIN), z.lte(RATING_MAX));

/** A rating for each of the seven inputs. */
export const EntriesSchema = z.object(
  Object.fromEntries(INPUT_IDS.map((id) => [id, RatingSchema])) as Record<InputId, typeof RatingSchema>,
);

/** A whole-number rating 0–10 for each input. */
export type Entries = z.output<typeof EntriesSchema>;

/**
 * The ratings entered so far: an input the user has not rated has no key. Built with `z.optional` (which
 * the draft already uses) rather than `z.partial`, so pages that read scores download no more of zod.
 */
export const RatingsSchema = z.object(
  Object.fromEntries(INPUT_IDS.map((id) => [id, z.optional(RatingSchema)])) as Record<InputId, z.ZodMiniOptional<typeof RatingSchema>>,
);

/** The ratings entered so far (inputs not yet rated are absent). */
export type Ratings = z.output<typeof RatingsSchema>;

/** Text that is not empty (ids). */
const IdSchema = z.string().check(z.minLength(1));

/** The scorer's form as last left (saved store `loyalty-score`). */
export const ScorerDraftSchema = z.object({
  /** The ratings entered so far; nothing is assumed for an input not yet rated. */
  entries: RatingsSchema,
  /** The client name field as typed (a form field, not a record: saved scorecards hold the client id). */
  clientName: z.string().check(z.maxLength(DRAFT_NAME_MAX_CHARS)),
  /** The saved scorecard the form was filled from, if any. */
  openedScorecardId: z.optional(z.string()),
});

/** The scorer's form as last left. */
export type ScorerDraft = z.output<typeof ScorerDraftSchema>;

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

/** One client's ratings on one day. Scores are not stored: they are worked out from the ratings. */
export const ScorecardSchema = z.object({
  id: IdSchema,
  /** The client's id in the shared client list (never a copy of the name). */
  clientId: IdSchema,
  /** The day it was saved. */
  savedOn: z.string().check(z.refine(isIsoDate)),
  entries: EntriesSchema,
});

/** A saved scorecard. */
export type Scorecard = z.output<typeof ScorecardSchema>;

/** Every saved scorecard, oldest first (saved store `loyalty-scorecards`). */
export const ScorecardsSchema = z.array(ScorecardSchema);
