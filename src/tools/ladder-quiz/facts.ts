/**
 * Facts the loyalty-ladder guide and its quiz both state, kept in one place (issue 13: one fact, one
 * place). The guide imports them from here, the quiz computes with them. The facts other guides share
 * with their tools are in `src/tools/shared/playbook-facts.ts`.
 */

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
