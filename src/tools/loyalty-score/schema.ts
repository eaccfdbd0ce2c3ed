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
import { INPUT_IDS, RATING_MAX, RATING_MIN, type InputId } from './model';
import { DRAFT_NAME_MAX_CHARS } from './migrations';

export { DRAFT_NAME_MAX_CHARS, INITIAL_DRAFT, migrateDraftFromVersion1, SCORER_DRAFT_MIGRATIONS, SCORER_DRAFT_VERSION } from './migrations';

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
