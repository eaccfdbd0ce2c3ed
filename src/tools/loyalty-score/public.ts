/**
 * What other tools may take from the scorer: each client's latest saved score (the tolerance review reads
 * the relationship's strength from it), the score bands, the inputs and factors, the scoring rule and the
 * saved scorecards (the client survey sets the client's view beside the user's). Importing this costs
 * another tool the scorer's lean store and model, not its form.
 */
export { $latestScoreByClient, $scorecards, type LatestClientScore } from './store';
export { BANDS, FACTOR_IDS, FACTOR_LABELS, INPUT_IDS, RATING_MAX, RATING_MIN, scoreLoyalty } from './model';
export type { Entries, FactorId, InputId, LoyaltyResult } from './model';
export { findLatestScorecard } from './history';
export type { Scorecard } from './schema';
/** The version of the scorer's saved draft, for My plan's backup tests. */
export { SCORER_DRAFT_VERSION } from './migrations';
