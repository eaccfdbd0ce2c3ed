/**
 * Timings and counts that a guidance page and its tool both state, kept in one place: the MDX pages
 * import and render them, the tools compute with them, so a guide and its tool cannot disagree again
 * (issue 13). `tests/unit/content/playbook-facts.test.ts` fails when a page writes one of these as a literal.
 *
 * Each fact says whether it is the source article's or the playbook's own reading of it. The ladder's
 * facts live with its quiz, in `src/tools/ladder-quiz/facts.ts`: only the quiz computes with them, and
 * keeping them in its own chunk keeps the quiz page within its byte budget.
 */

/**
 * The day of the week the desk challenge's review happens. Source 001 asks for a week with the list on
 * the desk; naming Friday, the last working day, is the playbook's choice. Ticks on Saturday and Sunday
 * still count for the week.
 */
export const WEEKLY_REVIEW_DAY = { id: 'fri', name: 'Friday' } as const;

/**
 * How soon a referrer is thanked. Source 003 says to acknowledge a referral at once; the playbook reads
 * that as the day it arrives, and the tools as the next working day when it arrives at a weekend.
 */
export const REFERRER_THANKS = {
  /** Working days after the referral (0: the same working day). */
  delayWorkingDays: 0,
  /** How the pages say it. */
  phrase: 'the same day',
} as const;

/** A new client's contact plan: source 003 asks for six to eight contacts in the first 60 days. */
export const NEW_CLIENT_CONTACTS = { min: 6, max: 8, windowDays: 60 } as const;
