/** What other tools may take from the tolerance review: the shape of a saved review. Types only. */
export type { ToleranceReviewRecord } from './model';
