/**
 * How the ladder quiz merges on import: results of days this browser lacks join its history (one per
 * day, this browser's kept), and the file's answers are taken only when this browser has none. Pure.
 */
import { defineMergeRule, type StoreMergeRules } from '../shared/merge-rules';
import { recordResult } from './model';
import type { LadderQuizData } from './schema';

/** The quiz's merge rules, by store name. */
export const MERGE_RULES: StoreMergeRules = {
  'ladder-quiz': defineMergeRule<LadderQuizData>({
    noun: ['quiz result', 'quiz results'],
    count: (data) => data.history.length,
    empty: { answers: {}, history: [] },
    merge(current, incoming) {
      let history = current.history;
      for (const result of incoming.history) {
        if (!history.some((kept) => kept.date === result.date)) history = recordResult(history, result);
      }
      const answers = Object.keys(current.answers).length > 0 ? current.answers : incoming.answers;
      return { answers, history };
    },
  }),
};
