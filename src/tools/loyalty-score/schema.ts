/**
 * What the loyalty-equation scorer saves, as zod/mini schemas, and the types derived from them.
 *
 * Data shapes (all versions 1):
 * - saved store `loyalty-score`: {@link ScorerDraftSchema}, the form as last left;
 * - saved store `loyalty-scorecards`: {@link ScorecardsSchema}, every saved scorecard, oldest first.
 * Reading is all or nothing: one bad rating or scorecard refuses the whole saved data (the saved store
 * then sets it aside, never deletes it). Fields the schemas do not name are dropped.
 *
 * Pure: imports only zod/mini and pure modules.
 */
import { z } from 'zod/mini';
import { isIsoDate } from '../shared/calendar-date';
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

/** Text that is not empty (ids). */
const IdSchema = z.string().check(z.minLength(1));

/** The scorer's form as last left (saved store `loyalty-score`). */
export const ScorerDraftSchema = z.object({
  entries: EntriesSchema,
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
