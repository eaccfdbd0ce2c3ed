/**
 * The tolerance review list as CSV, for a spreadsheet. Papaparse writes it: every text field quoted, and any
 * text field a spreadsheet would run as a formula prefixed with an apostrophe (OWASP's advice on CSV
 * injection), because client names are typed by users and may start with `=`, `+`, `-` or `@`. Numbers are
 * written bare and never guarded, so a negative count stays a number a spreadsheet can add up and sort.
 */
import Papa from 'papaparse';
import type { IsoDate } from '../shared/calendar-date';
import {
  CONTACT_OUTCOME_CHOICES,
  describeReasonPoints,
  PRICE_SENSITIVITY_LABELS,
  RELATIONSHIP_STRENGTH_LABELS,
  TOLERANCE_STATUS_LABELS,
  TOUCHPOINTS,
  type ContactOutcome,
  type ReviewRow,
  type StrengthSource,
} from './model';

/**
 * Fields a spreadsheet would treat as a formula: papaparse's own list (`= + - @`, tab, carriage return) plus
 * their full-width forms, which some spreadsheets also accept (OWASP, "CSV Injection").
 */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Written before the CSV in the downloaded file: without it Excel reads UTF-8 as a legacy code page and
 * garbles accented names. CSV readers, papaparse included, skip it.
 */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

/** Column headings, in order. */
export const REVIEW_CSV_COLUMNS = [
  'Client',
  'Date of review',
  'Status',
  'Review due',
  'Next review',
  'Relationship strength',
  'Strength from',
  // Where the last contact at each touchpoint landed against the client's own levels.
  ...TOUCHPOINTS.map((touchpoint) => touchpoint.label),
  'Price sensitivity',
  'Change of contact on your side',
  'New staff on their account',
  'Recent failure',
  'Zone width (points)',
  'Points used',
  'Reasons',
] as const;

const STRENGTH_SOURCE_LABELS: Readonly<Record<StrengthSource, string>> = { 'loyalty-score': 'Loyalty score', asked: 'Asked' };

const labelOutcome = (outcome: ContactOutcome) => CONTACT_OUTCOME_CHOICES.find((choice) => choice.id === outcome)!.label;
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** One CSV cell: text (quoted, guarded against formulas) or a number (bare, never guarded). */
export type CsvCell = string | number;

/**
 * Says whether a cell is written in quotes: text only, so a spreadsheet reads a bare number as a number.
 * @param cell a cell as {@link toReviewCsvCells} made it
 */
export function isQuotedCsvCell(cell: unknown): boolean {
  return typeof cell === 'string';
}

/**
 * Turns one row into CSV cells, in {@link REVIEW_CSV_COLUMNS} order.
 * @param row a review row
 */
export function toReviewCsvCells(row: ReviewRow): CsvCell[] {
  const { answers, verdict } = row;
  return [
    row.clientName,
    row.reviewedOn,
    TOLERANCE_STATUS_LABELS[verdict.status],
    yesNo(row.due),
    row.dueOn,
    RELATIONSHIP_STRENGTH_LABELS[answers.strength],
    STRENGTH_SOURCE_LABELS[row.strengthFrom],
    ...TOUCHPOINTS.map((touchpoint) => labelOutcome(answers.contacts[touchpoint.id])),
    PRICE_SENSITIVITY_LABELS[answers.priceSensitivity],
    yesNo(answers.contactChange),
    yesNo(answers.newStaff),
    yesNo(answers.recentFailure),
    verdict.zoneWidth,
    verdict.strain,
    verdict.reasons
      .map((reason) => `${reason.text}: ${describeReasonPoints(reason.points)}${reason.working ? ` (${reason.working})` : ''}`)
      .join('; '),
  ];
}

/**
 * Writes the list as CSV text (CRLF line ends, as RFC 4180 and spreadsheets expect).
 * @param rows the rows, in the order to export them
 */
export function formatReviewsCsv(rows: readonly ReviewRow[]): string {
  return Papa.unparse(
    { fields: [...REVIEW_CSV_COLUMNS], data: rows.map(toReviewCsvCells) },
    // Papaparse applies escapeFormulae to text only (never to a number), so the guard cannot turn -1 into '-1.
    { quotes: isQuotedCsvCell, escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}

/**
 * Names the exported file after the day it was made.
 * @param today today's date
 */
export function nameReviewsCsvFile(today: IsoDate): string {
  return `tolerance-review-${today}.csv`;
}
