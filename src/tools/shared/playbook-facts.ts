/**
 * Timings and counts that a guidance page and its tool both state, kept in one place: the MDX pages
 * import and render them, the tools compute with them, so a guide and its tool cannot disagree again
 * (issue 13). `tests/unit/lib/playbook-facts.test.ts` fails when a page writes one of these as a literal.
 *
 * Each fact says whether it is the source article's or the playbook's own reading of it.
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

/**
 * How long a climb up the loyalty ladder takes, from source 002: 18 to 24 months in many companies,
 * under 12 where the fundamentals are already covered.
 */
export const LADDER_CLIMB_MONTHS = { from: 18, to: 24, withFundamentals: 12 } as const;

/**
 * Whom the ladder quiz is about. Its statements describe how the business treats its clients, so the
 * playbook asks for an answer about clients in general, not about one client.
 */
export const LADDER_QUIZ_SUBJECT = 'your clients in general, not one client' as const;
