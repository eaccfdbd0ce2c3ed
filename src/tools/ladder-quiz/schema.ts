/**
 * What the loyalty-ladder quiz saves (saved store `ladder-quiz`, version 1), as zod/mini schemas, and the
 * types derived from them. Reading is all or nothing: one unknown statement, answer, date or step sets the
 * whole of the saved data aside (see `../shared/saved-store.ts`) rather than half-reading it; fields the
 * quiz does not know are dropped.
 */
import { z } from 'zod/mini';
import { isIsoDate } from '../shared/calendar-date';
import { ANSWER_LEVELS, STATEMENT_IDS, STEP_COUNT } from './model';

/** One past result: the day of the quiz (`YYYY-MM-DD`) and the step reached, 0 (not yet on the ladder) to 5. */
export const LadderResultRecordSchema = z.object({
  date: z.string().check(z.refine(isIsoDate)),
  stepNumber: z.number().check(z.refine((step) => Number.isInteger(step) && step >= 0 && step <= STEP_COUNT)),
});

/** Everything the quiz saves: the answers given so far and past results, oldest first, at most one a day. */
export const LadderQuizDataSchema = z.object({
  /** Answers by statement id; a missing id is unanswered. */
  answers: z.partialRecord(z.enum(STATEMENT_IDS), z.enum(ANSWER_LEVELS)),
  history: z.array(LadderResultRecordSchema),
});

/** One past result. */
export type LadderResultRecord = z.infer<typeof LadderResultRecordSchema>;

/** What the quiz saves. */
export type LadderQuizData = z.infer<typeof LadderQuizDataSchema>;

/** The answers given so far, by statement id; a missing id is unanswered. */
export type LadderAnswers = LadderQuizData['answers'];
