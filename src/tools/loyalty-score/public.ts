/**
 * What other tools may take from the scorer: each client's latest saved score (the tolerance review reads
 * the relationship's strength from it) and the score bands. Importing this costs another tool the
 * scorer's lean store and model, not its form.
 */
export { $latestScoreByClient, type LatestClientScore } from './store';
export { BANDS } from './model';
