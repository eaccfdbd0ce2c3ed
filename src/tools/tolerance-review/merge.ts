/**
 * How tolerance reviews merge on import: one review per client, and a later review replaces an earlier
 * one, as in the tool itself. Pure.
 */
import { defineMergeRule, describeRemoved, type StoreMergeRules } from '../shared/merge-rules';
import type { ToleranceReviewRecord } from './model';

/** The tolerance review's merge rules, by store name. */
export const MERGE_RULES: StoreMergeRules = {
  'tolerance-review': defineMergeRule<ToleranceReviewRecord[]>({
    noun: ['review', 'reviews'],
    count: (reviews) => reviews.length,
    empty: [],
    merge(current, incoming, mapId) {
      const reviews = [...current];
      for (const review of incoming) {
        const mapped = { ...review, clientId: mapId(review.clientId) };
        const index = reviews.findIndex((kept) => kept.id === mapped.id || kept.clientId === mapped.clientId);
        if (index === -1) reviews.push(mapped);
        else if (mapped.reviewedOn > reviews[index]!.reviewedOn) reviews[index] = mapped;
      }
      return reviews;
    },
    forgetClient(reviews, clientId) {
      const kept = reviews.filter((review) => review.clientId !== clientId);
      return { data: kept, removed: describeRemoved(reviews.length - kept.length, ['review', 'reviews']) };
    },
  }),
};
