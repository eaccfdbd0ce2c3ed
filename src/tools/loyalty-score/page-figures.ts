/**
 * Figures the scorer's page (`content/tools/loyalty-score.mdx`) quotes under "How the score works", worked
 * out by the model so the page cannot drift from it. Read at build time only: no island imports this, so
 * the browser never downloads it. Pure.
 */
import { combineValueAndTrust, findExtraMileMultiplier, scoreLoyalty, SCORE_MAX, type Entries } from './model';

/** The score with top value and trust but no extra mile, which the tool page quotes. */
export const TOP_SCORE_WITHOUT_EXTRA_MILE = Math.round(combineValueAndTrust(SCORE_MAX, SCORE_MAX) * findExtraMileMultiplier(0));

/** The ratings of the tool page's worked example: value 61, trust 50, extra mile 40. */
export const WORKED_EXAMPLE_ENTRIES: Entries = { core: 7, surprise: 6, personal: 5, integrity: 6, competence: 4, delivery: 5, extraMile: 4 };

/** The worked example's score and working, for the tool page. */
export const WORKED_EXAMPLE = scoreLoyalty(WORKED_EXAMPLE_ENTRIES);
