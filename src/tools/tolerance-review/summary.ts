/**
 * My plan's view of the tolerance review: clients outside or near the edge of their zone, and reviews
 * due. Loaded through the tool registry only once a review is saved.
 */
import { computed, type ReadableAtom } from 'nanostores';
import type { ReviewSummary } from '../my-plan/public';
import { TOLERANCE_STATUS_LABELS } from './model';
import { $reviews, $reviewsNeedingAttention } from './store';

/** Creates the summary atom; undefined before any review. */
export function createPlanSummary(): ReadableAtom<ReviewSummary | undefined> {
  return computed([$reviews, $reviewsNeedingAttention], (reviews, rows) =>
    reviews.length === 0
      ? undefined
      : {
          reviewCount: reviews.length,
          needingAttention: rows.map((row) => ({
            reviewId: row.id,
            clientName: row.clientName,
            status: row.verdict.status,
            statusLabel: TOLERANCE_STATUS_LABELS[row.verdict.status],
            reviewedOn: row.reviewedOn,
            dueOn: row.dueOn,
            due: row.due,
            firstStep: row.verdict.status === 'inside' ? undefined : row.verdict.steps[0]?.text,
          })),
        },
  );
}
