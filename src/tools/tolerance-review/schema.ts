/**
 * What the tolerance review saves, as zod/mini schemas, and the types derived from them.
 *
 * Data shape: saved store `tolerance-review` (version {@link TOLERANCE_DATA_VERSION}) holds {@link ReviewsSchema}, every saved review,
 * at most one per client, each naming its client by id (never a copy of the name). Verdicts are not
 * stored: they are worked out from the answers. Reading is all or nothing: one bad review refuses the
 * whole saved data (the saved store then sets it aside, never deletes it). Fields the schemas do not name
 * are dropped.
 * Version 1 placed contacts as "Better than expected", "As expected", "Below expected" or "No contact";
 * version 2 places them against the client's own levels ({@link migrateContactsFromVersion1}).
 *
 * Pure: imports only zod/mini and pure modules.
 */
import { z } from 'zod/mini';
import { isIsoDate } from '../shared/calendar-date';
import {
  CONTACT_OUTCOMES,
  PRICE_SENSITIVITIES,
  RELATIONSHIP_STRENGTHS,
  TOUCHPOINT_IDS,
  type TouchpointId,
} from './model';

export { migrateContactsFromVersion1, TOLERANCE_DATA_VERSION, TOLERANCE_MIGRATIONS } from './migrations';


/** Text that is not empty (ids). */
const IdSchema = z.string().check(z.minLength(1));

/** How recent contact at one touchpoint went. */
const ContactOutcomeSchema = z.enum(CONTACT_OUTCOMES);

/** Everything the verdict depends on. */
export const ToleranceAnswersSchema = z.object({
  /** How recent contact went at each touchpoint. */
  contacts: z.object(
    Object.fromEntries(TOUCHPOINT_IDS.map((id) => [id, ContactOutcomeSchema])) as Record<TouchpointId, typeof ContactOutcomeSchema>,
  ),
  priceSensitivity: z.enum(PRICE_SENSITIVITIES),
  /** The client's contact on your side changed (source 004: a reshuffle of who they deal with unsettles them). */
  contactChange: z.boolean(),
  /** New staff on their account (source 004: new people who fall short of the old standard). */
  newStaff: z.boolean(),
  recentFailure: z.boolean(),
  strength: z.enum(RELATIONSHIP_STRENGTHS),
});

/** Everything the verdict depends on. */
export type ToleranceAnswers = z.output<typeof ToleranceAnswersSchema>;

/** Where the relationship strength of a review came from: the client's loyalty score, or the user. */
export const StrengthSourceSchema = z.enum(['loyalty-score', 'asked']);

/** Where the relationship strength of a review came from. */
export type StrengthSource = z.output<typeof StrengthSourceSchema>;

/** One saved review: the client (by id), its date and its answers. */
export const ToleranceReviewRecordSchema = z.object({
  id: IdSchema,
  /** The client's id in the shared client list. */
  clientId: IdSchema,
  reviewedOn: z.string().check(z.refine(isIsoDate)),
  answers: ToleranceAnswersSchema,
  strengthFrom: StrengthSourceSchema,
});

/** One saved review. The verdict is always recomputed. */
export type ToleranceReviewRecord = z.output<typeof ToleranceReviewRecordSchema>;

/** Every saved review, at most one per client, in the order they were first reviewed. */
export const ReviewsSchema = z.array(ToleranceReviewRecordSchema);
