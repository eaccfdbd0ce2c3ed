/**
 * How the scorer's stores come in from a backup: saved scorecards merge one per client per day, as the
 * scorer keeps them (where both sides hold the same one, this browser's is kept); the form in progress
 * stays this browser's. Pure.
 */
import { defineMergeRule, describeRemoved, type StoreMergeRules } from '../shared/merge-rules';
import { MIDDLE_ENTRIES, SCORECARDS_STORE_NAME } from './model';
import type { Scorecard, ScorerDraft } from './schema';

/** The scorer's rules, by store name. */
export const MERGE_RULES: StoreMergeRules = {
  // The form in progress: one per browser, so this browser's is kept; the file's fills an empty browser.
  'loyalty-score': defineMergeRule<ScorerDraft>({
    noun: ['form in progress', 'forms in progress'],
    count: () => 1,
    empty: { entries: MIDDLE_ENTRIES, clientName: '' },
    merge: (current) => current,
  }),
  [SCORECARDS_STORE_NAME]: defineMergeRule<Scorecard[]>({
    noun: ['scorecard', 'scorecards'],
    count: (cards) => cards.length,
    empty: [],
    merge(current, incoming, mapId) {
      const merged = [...current];
      for (const card of incoming) {
        const mapped = { ...card, clientId: mapId(card.clientId) };
        if (merged.some((kept) => kept.id === mapped.id || (kept.clientId === mapped.clientId && kept.savedOn === mapped.savedOn))) continue;
        merged.push(mapped);
      }
      return merged;
    },
    forgetClient(cards, clientId) {
      const kept = cards.filter((card) => card.clientId !== clientId);
      return { data: kept, removed: describeRemoved(cards.length - kept.length, ['scorecard', 'scorecards']) };
    },
  }),
};
