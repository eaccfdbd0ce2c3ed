/**
 * How saved scorecards come in from a backup: one scorecard per client per day, as the scorer keeps
 * them; where both sides hold the same one, this browser's is kept. (The form in progress is not in a
 * backup: see `formStoreNames` in the registry.) Pure.
 */
import { defineMergeRule, describeRemoved, type StoreMergeRules } from '../shared/merge-rules';
import { SCORECARDS_STORE_NAME } from './model';
import type { Scorecard } from './schema';

/** The scorer's rules, by store name. */
export const MERGE_RULES: StoreMergeRules = {
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
