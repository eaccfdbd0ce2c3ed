/**
 * What other tools may take from the loyalty-equation scorer: its inputs and factors, the scoring rule,
 * and the saved scorecards with each client's latest score. Importing the stores reads the scorecards
 * from storage, so a page that needs only the types imports them with `import type`.
 */
export { FACTOR_IDS, FACTOR_LABELS, INPUT_IDS, RATING_MAX, RATING_MIN, scoreLoyalty } from './model';
export type { Entries, FactorId, InputId, LoyaltyResult } from './model';
export { INPUTS } from './form';
export { findLatestScorecard } from './history';
export type { Scorecard } from './schema';
export { $latestScoreByClient, $scorecards } from './store';
export type { LatestClientScore } from './store';
