/**
 * My plan's view of the ladder quiz: the latest result and the first step towards the next rung.
 * Loaded through the tool registry only once the quiz has saved something.
 */
import { computed, type ReadableAtom } from 'nanostores';
import type { LadderSummary } from '../my-plan/public';
import { listNextActions } from './model';
import { $latestLadderResult, $ladderQuiz } from './store';

/** Creates the summary atom; undefined before any answer. */
export function createPlanSummary(): ReadableAtom<LadderSummary | undefined> {
  return computed([$ladderQuiz, $latestLadderResult], (state, latest) => {
    if (!latest && Object.keys(state.answers).length === 0) return undefined;
    const action = latest && listNextActions(latest.stepNumber)[0];
    return {
      latest,
      nextAction: action && { text: action.text, link: { path: action.path, label: action.linkText } },
    };
  });
}
