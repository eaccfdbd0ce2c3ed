/**
 * The loyalty-ladder quiz's state: the answers being given and the results of past quizzes.
 *
 * Data shape (saved as `loyalty-playbook:ladder-quiz`, version 1):
 *   { answers: { [statementId]: 'not-yet' | 'sometimes' | 'mostly' | 'always' },
 *     history: [{ date: 'YYYY-MM-DD', stepNumber: 0–5 }, …] }   (oldest first, one per day)
 *
 * Lifecycle:
 * 1. Read from localStorage when the module loads in the browser (unreadable data is set aside with a
 *    notice, see `saved-store.ts`); on the server it is empty.
 * 2. {@link setAnswer} changes one answer; once all fifteen are answered, the placement is recorded in
 *    `history` under today's date ({@link $today}), replacing an earlier result of the same day.
 * 3. {@link startAgain} clears the answers (history stays) and returns them, so the island can offer
 *    Undo through {@link restoreAnswers}.
 * 4. {@link applySharedAnswers} replaces the answers with those of a share link, without recording a
 *    result: a link may be someone else's quiz, and their result is not this user's climb.
 */
import { computed, type ReadableAtom } from 'nanostores';
import type { IsoDate } from '../shared/calendar-date';
import { describeStep, placeOnLadder, recordResult, STATEMENT_IDS, type AnswerLevel, type LadderPlacement } from './model';
import type { LadderAnswers, LadderQuizData } from './schema';
import { createDeferredSavedStore } from '../shared/saved-store';
import { $today } from '../shared/today';

/** The data name of the quiz's saved store (storage key `loyalty-playbook:ladder-quiz`). */
export const LADDER_QUIZ_STORE_NAME = 'ladder-quiz';

const EMPTY_STATE: LadderQuizData = { answers: {}, history: [] };

/** The quiz's saved answers and past results. */
export const $ladderQuiz = await createDeferredSavedStore<LadderQuizData>({
  name: LADDER_QUIZ_STORE_NAME,
  label: 'Loyalty-ladder quiz',
  version: 1,
  loadSchema: () => import('./schema').then((schema) => schema.LadderQuizDataSchema),
  initial: EMPTY_STATE,
});

/** Where the current answers place the business (or how many statements remain). */
export const $ladderPlacement: ReadableAtom<LadderPlacement> = computed($ladderQuiz, (state) =>
  placeOnLadder(state.answers),
);

/** The latest recorded result, in a form other tools (My plan) can show as is. */
export interface LatestLadderResult {
  /** The step reached, 0 (not yet on the ladder) to 5. */
  stepNumber: number;
  /** For example "Step 3 of 5: Loyalty begins". */
  label: string;
  /** The day of the quiz. */
  date: IsoDate;
}

/** The most recent quiz result, or undefined before the quiz was ever completed. */
export const $latestLadderResult: ReadableAtom<LatestLadderResult | undefined> = computed($ladderQuiz, (state) => {
  const latest = state.history[state.history.length - 1];
  return latest && { stepNumber: latest.stepNumber, label: describeStep(latest.stepNumber), date: latest.date };
});

/** Saves answers and, when they are complete, records today's result. */
function saveAnswers(answers: LadderAnswers, record: boolean): void {
  const { history } = $ladderQuiz.get();
  const placement = placeOnLadder(answers);
  const nextHistory =
    record && placement.kind === 'placed'
      ? recordResult(history, { date: $today.get(), stepNumber: placement.stepNumber })
      : history;
  $ladderQuiz.set({ answers, history: nextHistory });
}

/**
 * Answers one statement.
 * @param statementId the statement's id
 * @param answer the answer chosen
 */
export function setAnswer(statementId: string, answer: AnswerLevel): void {
  if (!STATEMENT_IDS.includes(statementId)) return;
  saveAnswers({ ...$ladderQuiz.get().answers, [statementId]: answer }, true);
}

/**
 * Clears every answer (past results stay) and returns what was cleared, for Undo.
 * @returns the answers before clearing
 */
export function startAgain(): LadderAnswers {
  const { answers, history } = $ladderQuiz.get();
  $ladderQuiz.set({ answers: {}, history });
  return answers;
}

/**
 * Puts answers back, for example after Undo of {@link startAgain} or of a share link.
 * @param answers the answers to restore
 */
export function restoreAnswers(answers: LadderAnswers): void {
  saveAnswers({ ...answers }, false);
}

/**
 * Replaces the answers with those read from a share link and returns the previous ones, for Undo.
 * No result is recorded (see the lifecycle above).
 * @param answers the answers from the link
 */
export function applySharedAnswers(answers: LadderAnswers): LadderAnswers {
  const previous = $ladderQuiz.get().answers;
  saveAnswers({ ...answers }, false);
  return previous;
}
