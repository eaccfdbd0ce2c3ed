/**
 * The zone-of-tolerance review: where one client stands against the edge of their tolerance, why, and what
 * to do about it. Pure functions; the store (`src/tools/tolerance-review/store.ts`) feeds them answers and today's
 * date.
 *
 * The model, in points (explained on `/tools/tolerance-review/`):
 * - A relationship's strength sets the width of its zone of tolerance ({@link ZONE_WIDTH_POINTS}): a stronger
 *   relationship has a wider zone, which means more tolerance (Zeithaml, Berry & Parasuraman 1993; see
 *   `shared/research/published-models.md`).
 * - Contacts below expectation and pressures on the relationship use the zone up ("strain"); contacts better
 *   than expected give a little of it back, up to a cap.
 * - Strain at or past the width is Outside; within {@link NEAR_EDGE_MARGIN_POINTS} of it is Near the edge.
 *
 * Every weight is non-negative in the direction of a worse answer, so the verdict is monotone: a worse answer
 * never improves it (`__tests__/model.test.ts` proves it over all inputs).
 */
import { addDaysToIsoDate, countDaysBetween, isIsoDate, type IsoDate } from '../shared/calendar-date';
import type { ToleranceAnswers, ToleranceReviewRecord } from './schema';

// The saved shapes are defined by their schemas; re-exported so the review's users need one module.
export type { StrengthSource, ToleranceAnswers, ToleranceReviewRecord } from './schema';

/** The touchpoints the satisfaction-and-loyalty guidance (source 004) says test a relationship, in its order. */
export const TOUCHPOINTS = [
  { id: 'service', label: 'Service' },
  { id: 'sales', label: 'Sales' },
  { id: 'leadership', label: 'Leadership' },
  { id: 'billing', label: 'Billing and price' },
  { id: 'quality', label: 'Product or work quality' },
  { id: 'marketing', label: 'Marketing' },
] as const;

/** One of {@link TOUCHPOINTS}. */
export type TouchpointId = (typeof TOUCHPOINTS)[number]['id'];

/** Every touchpoint id, in display order. */
export const TOUCHPOINT_IDS: readonly TouchpointId[] = TOUCHPOINTS.map((touchpoint) => touchpoint.id);

/**
 * How recent contact at one touchpoint went, from best to worst. "No contact" ranks below "As expected":
 * on its own it costs nothing, but a relationship with no contact anywhere is drifting.
 */
export const CONTACT_OUTCOMES = ['better', 'expected', 'none', 'below'] as const;

/** One of {@link CONTACT_OUTCOMES}. */
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** The outcomes in the order the form offers them, with their labels. */
export const CONTACT_OUTCOME_CHOICES: readonly { id: ContactOutcome; label: string }[] = [
  { id: 'better', label: 'Better than expected' },
  { id: 'expected', label: 'As expected' },
  { id: 'below', label: 'Below expected' },
  { id: 'none', label: 'No contact' },
];

/** How sensitive the client is to price, from least to most. */
export const PRICE_SENSITIVITIES = ['low', 'medium', 'high'] as const;

/** One of {@link PRICE_SENSITIVITIES}. */
export type PriceSensitivity = (typeof PRICE_SENSITIVITIES)[number];

/** Labels of {@link PRICE_SENSITIVITIES}. */
export const PRICE_SENSITIVITY_LABELS: Readonly<Record<PriceSensitivity, string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** Relationship strength, from weakest to strongest. */
export const RELATIONSHIP_STRENGTHS = ['weak', 'moderate', 'strong'] as const;

/** One of {@link RELATIONSHIP_STRENGTHS}. */
export type RelationshipStrength = (typeof RELATIONSHIP_STRENGTHS)[number];

/** Labels of {@link RELATIONSHIP_STRENGTHS}. */
export const RELATIONSHIP_STRENGTH_LABELS: Readonly<Record<RelationshipStrength, string>> = {
  weak: 'Weak',
  moderate: 'Moderate',
  strong: 'Strong',
};

/** Where a client stands, from safest to most at risk. */
export const TOLERANCE_STATUSES = ['inside', 'near-edge', 'outside'] as const;

/** One of {@link TOLERANCE_STATUSES}. */
export type ToleranceStatus = (typeof TOLERANCE_STATUSES)[number];

/** Labels of {@link TOLERANCE_STATUSES}, as the issue names them. */
export const TOLERANCE_STATUS_LABELS: Readonly<Record<ToleranceStatus, string>> = {
  inside: 'Inside',
  'near-edge': 'Near the edge',
  outside: 'Outside',
};

/**
 * Width of the zone of tolerance in strain points, by relationship strength. The research only says a stronger
 * relationship tolerates more; the widths are this tool's calibration: a weak relationship goes past the edge
 * after two contacts below expectation, a strong one after four.
 */
export const ZONE_WIDTH_POINTS: Readonly<Record<RelationshipStrength, number>> = { weak: 4, moderate: 6, strong: 8 };

/** Strain within this many points of the zone's width counts as Near the edge: one more bad contact tips it. */
export const NEAR_EDGE_MARGIN_POINTS = 2;

/** Strain of one contact below expectation: the event the research says pushes a client below the zone. */
export const BELOW_EXPECTED_POINTS = 2;

/** Goodwill from one contact better than expected (a pleasant surprise strengthens the bond). */
export const BETTER_THAN_EXPECTED_POINTS = 1;

/** Most goodwill surprises can give back, so delight elsewhere never hides a run of failures. */
export const MAX_GOODWILL_POINTS = 2;

/** Strain when no touchpoint had any contact: source 004 warns that passive exchanges wear a connection thin. */
export const NO_CONTACT_AT_ALL_POINTS = 1;

/** Strain from price sensitivity, one of the pressures source 004 names. */
export const PRICE_SENSITIVITY_POINTS: Readonly<Record<PriceSensitivity, number>> = { low: 0, medium: 1, high: 2 };

/** Strain when the client's contact on your side changed. */
export const CONTACT_CHANGE_POINTS = 1;

/** Strain from new staff on their account. */
export const NEW_STAFF_POINTS = 1;

/** Strain from a recent failure: it tests the relationship head on, beyond any single touchpoint. */
export const RECENT_FAILURE_POINTS = 2;

/** Reviews fall due this many days after the last one (the rule: "review due after 90 days"). */
export const REVIEW_INTERVAL_DAYS = 90;

/** One thing that uses up (positive points) or gives back (negative points) part of the zone. */
export interface ToleranceReason {
  text: string;
  points: number;
}

/** Ids of the recovery steps the guidance gives. */
export type RecoveryStepId =
  | 'act-now'
  | 'senior-people'
  | 'root-cause'
  | 'introduce-contact'
  | 'support-new-staff'
  | 'show-value'
  | 'call-and-thank';

/** One recovery step. */
export interface RecoveryStep {
  id: RecoveryStepId;
  text: string;
}

/** The outcome of a review. */
export interface ToleranceVerdict {
  status: ToleranceStatus;
  /** Width of this client's zone, in points. */
  zoneWidth: number;
  /** Points of the zone used up (may be negative when goodwill outweighs everything). */
  strain: number;
  /** What used the zone up or gave some back, largest first. */
  reasons: ToleranceReason[];
  /** What to do, most urgent first. */
  steps: RecoveryStep[];
}

function labelTouchpoint(id: TouchpointId): string {
  return TOUCHPOINTS.find((touchpoint) => touchpoint.id === id)!.label;
}

function listTouchpointsWith(answers: ToleranceAnswers, outcome: ContactOutcome): TouchpointId[] {
  return TOUCHPOINT_IDS.filter((id) => answers.contacts[id] === outcome);
}

/**
 * Lists what uses up the zone and what gives some back, largest effect first.
 * @param answers the review's answers
 */
export function listToleranceReasons(answers: ToleranceAnswers): ToleranceReason[] {
  const reasons: ToleranceReason[] = [];
  if (answers.recentFailure) reasons.push({ text: 'A recent failure', points: RECENT_FAILURE_POINTS });
  for (const id of listTouchpointsWith(answers, 'below')) {
    reasons.push({ text: `${labelTouchpoint(id)} fell below expectation`, points: BELOW_EXPECTED_POINTS });
  }
  const price = PRICE_SENSITIVITY_POINTS[answers.priceSensitivity];
  if (price > 0) reasons.push({ text: `${PRICE_SENSITIVITY_LABELS[answers.priceSensitivity]} price sensitivity`, points: price });
  if (answers.contactChange) reasons.push({ text: 'A change of contact on your side', points: CONTACT_CHANGE_POINTS });
  if (answers.newStaff) reasons.push({ text: 'New staff on their account', points: NEW_STAFF_POINTS });
  if (listTouchpointsWith(answers, 'none').length === TOUCHPOINT_IDS.length) {
    reasons.push({ text: 'No recent contact at any touchpoint, so the relationship is drifting', points: NO_CONTACT_AT_ALL_POINTS });
  }
  const better = listTouchpointsWith(answers, 'better');
  if (better.length > 0) {
    const goodwill = Math.min(better.length * BETTER_THAN_EXPECTED_POINTS, MAX_GOODWILL_POINTS);
    const capped = better.length * BETTER_THAN_EXPECTED_POINTS > MAX_GOODWILL_POINTS ? ` (goodwill counts for at most ${MAX_GOODWILL_POINTS} points)` : '';
    const where = better.map((id) => labelTouchpoint(id).toLowerCase()).join('; ');
    reasons.push({ text: `Goodwill from contact better than expected (${where})${capped}`, points: -goodwill });
  }
  return reasons.sort((a, b) => b.points - a.points);
}

/**
 * Adds up the points of the zone a review's answers use.
 * @param answers the review's answers
 */
export function countStrainPoints(answers: ToleranceAnswers): number {
  return listToleranceReasons(answers).reduce((sum, reason) => sum + reason.points, 0);
}

/**
 * Places a strain against a zone: Outside at or past the width, Near the edge within the margin, else Inside.
 * @param strain points used
 * @param zoneWidth the zone's width in points
 */
export function placeInZone(strain: number, zoneWidth: number): ToleranceStatus {
  if (strain >= zoneWidth) return 'outside';
  if (strain >= zoneWidth - NEAR_EDGE_MARGIN_POINTS) return 'near-edge';
  return 'inside';
}

/**
 * Lists the recovery steps for a status, most urgent first, tailored to what went wrong.
 * @param status where the client stands
 * @param answers the review's answers
 */
export function listRecoverySteps(status: ToleranceStatus, answers: ToleranceAnswers): RecoveryStep[] {
  const steps: RecoveryStep[] = [];
  if (status === 'outside') {
    steps.push({ id: 'act-now', text: 'Act today: phone the client yourself rather than wait for the next planned contact.' });
    steps.push({
      id: 'senior-people',
      text: 'Bring in your most senior person and whoever can fix the fault, ahead of the usual queue, and go past your standard remedy.',
    });
  }
  const faults = listTouchpointsWith(answers, 'below').map((id) => `${labelTouchpoint(id).toLowerCase()} below expectation`);
  if (answers.recentFailure) faults.unshift('the recent failure');
  if (faults.length > 0) {
    // Semicolons, not "and": a touchpoint such as "billing and price" already contains one.
    const each = faults.length === 1 ? 'the problem' : 'each problem';
    steps.push({
      id: 'root-cause',
      text: `Find and remove the root cause of ${each} (${faults.join('; ')}), then tell the client what changed.`,
    });
  }
  if (status !== 'inside') {
    if (answers.contactChange) {
      steps.push({ id: 'introduce-contact', text: 'Introduce their new contact in person and hand over the full history, so they never have to explain themselves twice.' });
    }
    if (answers.newStaff) {
      steps.push({ id: 'support-new-staff', text: 'Pair the new people on their account with someone who knows this client until the usual standard is back.' });
    }
    if (answers.priceSensitivity !== 'low') {
      steps.push({ id: 'show-value', text: 'Before the next invoice, show what your work has saved or earned them, so the price is judged against the value.' });
    }
  }
  steps.push({ id: 'call-and-thank', text: 'Call to thank them for their business, then follow up with a handwritten note.' });
  return steps;
}

/**
 * Reviews one client: the zone's width, the strain on it, the status, the reasons and the recovery steps.
 * @param answers the review's answers
 */
export function assessTolerance(answers: ToleranceAnswers): ToleranceVerdict {
  const zoneWidth = ZONE_WIDTH_POINTS[answers.strength];
  const reasons = listToleranceReasons(answers);
  const strain = reasons.reduce((sum, reason) => sum + reason.points, 0);
  const status = placeInZone(strain, zoneWidth);
  return { status, zoneWidth, strain, reasons, steps: listRecoverySteps(status, answers) };
}

/**
 * Describes a reason's points for a reader: "uses 2 points" or "gives back 1 point".
 * @param points the reason's points
 */
export function describeReasonPoints(points: number): string {
  const size = Math.abs(points);
  const unit = size === 1 ? 'point' : 'points';
  return points < 0 ? `gives back ${size} ${unit}` : `uses ${size} ${unit}`;
}

/**
 * Lowest loyalty score (0–100, from the loyalty-equation scorer) read as a moderate relationship: the
 * scorer's "Satisfied but not loyal" band. Repeated here rather than imported, so the review's page does not
 * download the scorer's model; a unit test keeps the two in step.
 */
export const LOYALTY_SCORE_MODERATE_FROM = 40;

/** Lowest loyalty score read as a strong relationship: the scorer's "Loyal" band. */
export const LOYALTY_SCORE_STRONG_FROM = 65;

/**
 * Reads a saved loyalty score (0–100) as a relationship strength.
 * @param score the client's latest loyalty score
 */
export function toRelationshipStrength(score: number): RelationshipStrength {
  if (score >= LOYALTY_SCORE_STRONG_FROM) return 'strong';
  if (score >= LOYALTY_SCORE_MODERATE_FROM) return 'moderate';
  return 'weak';
}

/**
 * Returns the day a review falls due: {@link REVIEW_INTERVAL_DAYS} after it was done.
 * @param reviewedOn the date of the review
 */
export function findReviewDueDate(reviewedOn: IsoDate): IsoDate {
  return addDaysToIsoDate(reviewedOn, REVIEW_INTERVAL_DAYS);
}

/**
 * Tells whether a client is due another review: {@link REVIEW_INTERVAL_DAYS} or more have passed.
 * @param reviewedOn the date of the last review
 * @param today today's date
 */
export function isReviewDue(reviewedOn: IsoDate, today: IsoDate): boolean {
  return countDaysBetween(reviewedOn, today) >= REVIEW_INTERVAL_DAYS;
}

/** The outcome of checking a review date. */
export type ReviewDateResult = { ok: true; date: IsoDate } | { ok: false; message: string };

/**
 * Checks the date of a review: a real calendar date, not after today.
 * @param text what the date field holds (`YYYY-MM-DD`, or empty)
 * @param today today's date
 */
export function validateReviewDate(text: string, today: IsoDate): ReviewDateResult {
  const date = text.trim();
  if (date === '') return { ok: false, message: 'Enter the date of the review.' };
  if (!isIsoDate(date)) return { ok: false, message: 'Enter a real date, for example 2026-03-31.' };
  if (countDaysBetween(today, date) > 0) return { ok: false, message: 'A review cannot be dated after today.' };
  return { ok: true, date };
}

/** A saved review ready to list: its client's current name, verdict and review-due state. */
export interface ReviewRow extends ToleranceReviewRecord {
  clientName: string;
  verdict: ToleranceVerdict;
  dueOn: IsoDate;
  due: boolean;
}

/**
 * Builds the row of one saved review.
 * @param review the saved review
 * @param clientName the client's current name (from the shared client list)
 * @param today today's date
 */
export function buildReviewRow(review: ToleranceReviewRecord, clientName: string, today: IsoDate): ReviewRow {
  return {
    ...review,
    clientName,
    verdict: assessTolerance(review.answers),
    dueOn: findReviewDueDate(review.reviewedOn),
    due: isReviewDue(review.reviewedOn, today),
  };
}

/** Columns the list sorts by. */
export type ReviewSortKey = 'status' | 'name' | 'reviewedOn';

/** How the list is sorted. Ascending status runs from Inside to Outside; ascending dates from oldest. */
export interface ReviewSort {
  key: ReviewSortKey;
  direction: 'ascending' | 'descending';
}

/** The direction a column sorts in when first chosen: most at risk first, names A to Z, oldest review first. */
export const FIRST_SORT_DIRECTION: Readonly<Record<ReviewSortKey, ReviewSort['direction']>> = {
  status: 'descending',
  name: 'ascending',
  reviewedOn: 'ascending',
};

const compareNames = (a: ReviewRow, b: ReviewRow) =>
  a.clientName.localeCompare(b.clientName, 'en', { sensitivity: 'base', numeric: true });
const compareStatuses = (a: ReviewRow, b: ReviewRow) =>
  TOLERANCE_STATUSES.indexOf(a.verdict.status) - TOLERANCE_STATUSES.indexOf(b.verdict.status);
const compareDates = (a: ReviewRow, b: ReviewRow) => (a.reviewedOn < b.reviewedOn ? -1 : a.reviewedOn > b.reviewedOn ? 1 : 0);

/**
 * Sorts rows by one column; ties fall back to the client's name, then the date, so the order is stable.
 * @param rows the rows
 * @param sort column and direction
 */
export function sortReviewRows(rows: readonly ReviewRow[], sort: ReviewSort): ReviewRow[] {
  const primary = { status: compareStatuses, name: compareNames, reviewedOn: compareDates }[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * primary(a, b) || compareNames(a, b) || compareDates(a, b));
}

/**
 * Picks the rows that need attention, for My plan: clients Outside or Near the edge, and reviews due.
 * @param rows the rows
 */
export function listReviewsNeedingAttention(rows: readonly ReviewRow[]): ReviewRow[] {
  return rows.filter((row) => row.verdict.status !== 'inside' || row.due);
}
