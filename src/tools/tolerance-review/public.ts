/** What other tools may take from the tolerance review: the shape of a saved review and its version. */
export type { ToleranceReviewRecord } from './model';
export { TOLERANCE_DATA_VERSION } from './migrations';
