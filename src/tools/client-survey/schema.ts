/**
 * What the client survey saves, as zod/mini schemas, and the types derived from them.
 *
 * Data shape (saved store `client-survey`, version 1): `{ surveys, replies }`:
 * - `surveys`: every survey link made, so a reply finds its client by survey id;
 * - `replies`: the replies saved, at most one per survey (a later reply to the same survey replaces it).
 * Both name the client by id in the shared client list. Reading is all or nothing; unknown fields drop.
 *
 * Pure: imports only zod/mini and pure modules.
 */
import { z } from 'zod/mini';
import { isIsoDate } from '../shared/calendar-date';
import { ANSWER_MAX, ANSWER_MIN, COMMENT_MAX_CHARS, RATING_IDS, SURVEY_ID_LENGTH } from './model';
import type { InputId } from '../loyalty-score/public';

export { EMPTY_SURVEY_DATA, SURVEY_STORE_NAME, SURVEY_STORE_VERSION } from './migrations';

const AnswerSchema = z.int().check(z.gte(ANSWER_MIN), z.lte(ANSWER_MAX));
const DateSchema = z.string().check(z.refine(isIsoDate));
const IdSchema = z.string().check(z.minLength(1));
const SurveyIdSchema = z.string().check(z.length(SURVEY_ID_LENGTH));

/** A survey link the user made for a client. */
export const AskedSurveySchema = z.object({
  surveyId: SurveyIdSchema,
  clientId: IdSchema,
  askedOn: DateSchema,
});

/** A survey link the user made. */
export type AskedSurvey = z.output<typeof AskedSurveySchema>;

/** The client's rating of each of the seven questions. */
export const RatingsSchema = z.object(Object.fromEntries(RATING_IDS.map((id) => [id, AnswerSchema])) as Record<InputId, typeof AnswerSchema>);

/** A reply the user saved. */
export const SavedReplySchema = z.object({
  surveyId: SurveyIdSchema,
  clientId: IdSchema,
  answeredOn: DateSchema,
  /** The day the user saved it. */
  savedOn: DateSchema,
  ratings: RatingsSchema,
  recommend: AnswerSchema,
  comment: z.string().check(z.maxLength(COMMENT_MAX_CHARS * 2)),
});

/** A saved reply. */
export type SavedReply = z.output<typeof SavedReplySchema>;

/** Everything the survey saves. */
export const SurveyDataSchema = z.object({
  surveys: z.array(AskedSurveySchema),
  replies: z.array(SavedReplySchema),
});

/** Everything the survey saves. */
export type SurveyData = z.output<typeof SurveyDataSchema>;
