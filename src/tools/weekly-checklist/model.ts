/**
 * The weekly loyalty checklist: its six habits, the ISO weeks it is kept in, the shape of a week's sheet
 * and the tally of a week. Pure functions on ISO dates (`src/tools/shared/calendar-date.ts`); callers pass today in.
 *
 * Habits and the one-week challenge come from John Mehrmann, "Building Customer Loyalty" (2008), which asks
 * the reader to keep the list on the desk for a week and tick each habit when they act on it.
 */
import { getISOWeek, getISOWeekYear, getISOWeeksInYear, startOfISOWeek } from 'date-fns';
import { addDaysToIsoDate, isIsoDate, parseIsoDate, toIsoDate, type IsoDate } from '../shared/calendar-date';
import type { ChecklistData, PaperSize, WeekSheet } from './schema';

/** A habit of the checklist. */
export interface Habit {
  /** Stable id, used as a key in saved data. */
  id: HabitId;
  /** The habit's name as the guidance gives it. */
  name: string;
  /** One line on what counts as practising it. */
  prompt: string;
}

/** Ids of the six habits, in the order the guidance lists them. */
export const HABIT_IDS = [
  'give-loyalty',
  'communicate',
  'understand-goals',
  'be-consistent',
  'build-credibility',
  'surprise',
] as const;

/** Id of one of the six habits. */
export type HabitId = (typeof HABIT_IDS)[number];

/** The six habits of the weekly-habits guidance, each with what counts as a tick. */
export const HABITS: readonly Habit[] = [
  {
    id: 'give-loyalty',
    name: 'Give loyalty to get it',
    prompt: 'Went out of your way for a key client, or told them plainly you value them.',
  },
  {
    id: 'communicate',
    name: 'Communicate',
    prompt: 'Listened as much as you talked; shared good news, or raised a problem before they spotted it.',
  },
  {
    id: 'understand-goals',
    name: 'Understand their goals',
    prompt: 'Asked what a client is aiming for, or checked whether their aims have shifted.',
  },
  {
    id: 'be-consistent',
    name: 'Be consistent',
    prompt: 'Kept a regular check-in, or delivered at your usual standard and speed.',
  },
  {
    id: 'build-credibility',
    name: 'Build credibility',
    prompt: 'Called back when you promised, or took time to find the right answer.',
  },
  {
    id: 'surprise',
    name: 'Surprise them',
    prompt: 'Gave an unannounced thank-you: a card, a note, a small token.',
  },
];

/** Ids of the days of an ISO week, Monday first (ISO 8601). */
export const WEEKDAY_IDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Id of a day of the week. */
export type WeekdayId = (typeof WEEKDAY_IDS)[number];

const WEEKDAY_NAMES: Record<WeekdayId, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** The end-of-week review: three short questions answered on screen or on paper. */
export const REVIEW_QUESTIONS: readonly { id: ReviewQuestionId; question: string }[] = [
  { id: 'held', question: 'What held this week?' },
  { id: 'slipped', question: 'What slipped?' },
  { id: 'change', question: 'What will you change next week?' },
];

/** Ids of the review questions. */
export const REVIEW_QUESTION_IDS = ['held', 'slipped', 'change'] as const;

/** Id of a review question. */
export type ReviewQuestionId = (typeof REVIEW_QUESTION_IDS)[number];

/** The issue asks for a short list of key clients: up to five a week. */
export const KEY_CLIENT_SLOTS = 5;

/** A habit's note fills at most three lines of the printed sheet's notes column. */
export const NOTE_MAX_CHARS = 140;

/** A review answer fills at most three lines across the printed sheet. */
export const REVIEW_ANSWER_MAX_CHARS = 280;

/** The history strip (and My plan) show the last eight weeks, as the issue asks. */
export const HISTORY_WEEKS = 8;

/** An ISO 8601 week, written `YYYY-Www` (for example `2026-W03`); sorts as text. */
export type WeekKey = string;

const WEEK_KEY_PATTERN = /^(\d{4})-W(\d{2})$/;

/** The checklist with nothing saved. */
export const EMPTY_CHECKLIST: ChecklistData = { weeks: {} };

/**
 * Tells whether text is a real ISO week such as `2026-W53` (only years with 53 weeks have a week 53).
 * @param text the week text
 */
export function isWeekKey(text: string): text is WeekKey {
  const match = WEEK_KEY_PATTERN.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const week = Number(match[2]);
  // Any day from 4 January belongs to the ISO year that shares its number (ISO 8601 week 1 rule).
  return week >= 1 && week <= getISOWeeksInYear(new Date(year, 0, 4));
}

/**
 * Returns the ISO week a date falls in. Near New Year the week's year can differ from the date's year:
 * 2026-12-31 is in 2026-W53, 2025-12-29 in 2026-W01.
 * @param date a valid ISO date
 */
export function findWeekOf(date: IsoDate): WeekKey {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${date}`);
  return `${getISOWeekYear(parsed)}-W${String(getISOWeek(parsed)).padStart(2, '0')}`;
}

/**
 * Returns the Monday that starts an ISO week.
 * @param week a valid week key
 */
export function findWeekStart(week: WeekKey): IsoDate {
  const match = WEEK_KEY_PATTERN.exec(week);
  if (!match || !isWeekKey(week)) throw new RangeError(`Not an ISO week: ${week}`);
  // 4 January is always in week 1; count whole days from its Monday so clock changes cannot shift a date.
  const firstMonday = toIsoDate(startOfISOWeek(new Date(Number(match[1]), 0, 4)));
  return addDaysToIsoDate(firstMonday, (Number(match[2]) - 1) * 7);
}

/** A day of a week with its date. */
export interface WeekDay {
  id: WeekdayId;
  /** Full name, for example `Monday`. */
  name: string;
  date: IsoDate;
}

/**
 * Lists the seven days of an ISO week, Monday to Sunday, with their dates.
 * @param week a valid week key
 */
export function listWeekDays(week: WeekKey): WeekDay[] {
  const monday = findWeekStart(week);
  return WEEKDAY_IDS.map((id, index) => ({ id, name: WEEKDAY_NAMES[id], date: addDaysToIsoDate(monday, index) }));
}

/**
 * Returns the full name of a day of the week.
 * @param id the day's id
 */
export function nameWeekday(id: WeekdayId): string {
  return WEEKDAY_NAMES[id];
}

/**
 * Moves a number of weeks forward (or back, with a negative number).
 * @param week a valid week key
 * @param weeks how many weeks
 */
export function shiftWeek(week: WeekKey, weeks: number): WeekKey {
  return findWeekOf(addDaysToIsoDate(findWeekStart(week), weeks * 7));
}

/**
 * Names a week for headings: `Week 3, 2026`.
 * @param week a valid week key
 */
export function formatWeekTitle(week: WeekKey): string {
  if (!isWeekKey(week)) throw new RangeError(`Not an ISO week: ${week}`);
  const [year, number] = week.split('-W');
  return `Week ${Number(number)}, ${year}`;
}

/**
 * Date formats of the sheet's labels, in English whatever the browser's language. Dates are read as UTC
 * midnight and formatted in UTC, so no time zone can move them to another day.
 */
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' });
const DAY_MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const FULL_DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const COLUMN_DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Turns a valid ISO date into the UTC midnight the formats above expect. */
function toUtcDate(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

/**
 * Describes a week's dates, shortest form first: `12–18 January 2026`, `26 January – 1 February 2026`,
 * `29 December 2025 – 4 January 2026`. Built from single dates because `formatRange` spaces the dash in
 * the first form.
 * @param week a valid week key
 */
export function formatWeekDates(week: WeekKey): string {
  const mondayIso = findWeekStart(week);
  const monday = toUtcDate(mondayIso);
  const sundayIso = addDaysToIsoDate(mondayIso, 6);
  const end = FULL_DATE_FORMAT.format(toUtcDate(sundayIso));
  if (mondayIso.slice(0, 4) !== sundayIso.slice(0, 4)) return `${FULL_DATE_FORMAT.format(monday)} – ${end}`;
  if (mondayIso.slice(5, 7) !== sundayIso.slice(5, 7)) return `${DAY_MONTH_FORMAT.format(monday)} – ${end}`;
  return `${DAY_FORMAT.format(monday)}–${end}`;
}

/**
 * Formats a date for a column heading: `12 Jan`.
 * @param date a valid ISO date
 */
export function formatDayDate(date: IsoDate): string {
  return COLUMN_DATE_FORMAT.format(toUtcDate(date));
}

/**
 * Tells whether a habit is ticked on a day.
 * @param sheet the week's sheet (undefined for a week with nothing saved)
 * @param habit the habit
 * @param day the day
 */
export function isTicked(sheet: WeekSheet | undefined, habit: HabitId, day: WeekdayId): boolean {
  return sheet?.ticks?.[habit]?.includes(day) ?? false;
}

/**
 * Returns a sheet with one cell ticked or cleared; the days stay in week order and never repeat.
 * @param sheet the week's sheet
 * @param habit the habit
 * @param day the day
 * @param ticked whether the cell is ticked
 */
export function setTickOnSheet(sheet: WeekSheet, habit: HabitId, day: WeekdayId, ticked: boolean): WeekSheet {
  const days = new Set(sheet.ticks?.[habit] ?? []);
  if (ticked) days.add(day);
  else days.delete(day);
  return { ...sheet, ticks: { ...sheet.ticks, [habit]: WEEKDAY_IDS.filter((id) => days.has(id)) } };
}

/** How a week went. */
export interface WeekTally {
  /** Habits with at least one tick, 0–6. */
  habitsPractised: number;
  /** Ticks in all, 0–42. */
  ticks: number;
  /** The guidance's challenge: every habit practised at least once in the week. */
  challengeMet: boolean;
}

/**
 * Tallies a week: a habit counts as practised once it has a tick.
 * @param sheet the week's sheet (undefined for a week with nothing saved)
 */
export function tallyWeek(sheet: WeekSheet | undefined): WeekTally {
  let habitsPractised = 0;
  let ticks = 0;
  for (const habit of HABIT_IDS) {
    const days = new Set(sheet?.ticks?.[habit] ?? []);
    ticks += days.size;
    if (days.size > 0) habitsPractised += 1;
  }
  return { habitsPractised, ticks, challengeMet: habitsPractised === HABIT_IDS.length };
}

/**
 * Describes the tally in one sentence, for the sheet and for screen readers.
 * @param tally the week's tally
 */
export function describeTally(tally: WeekTally): string {
  const ticks = `${tally.ticks} ${tally.ticks === 1 ? 'tick' : 'ticks'} in all`;
  const habits = `${tally.habitsPractised} of ${HABIT_IDS.length} habits practised`;
  if (tally.challengeMet) return `${habits}, ${ticks}. Challenge met: all six habits this week.`;
  const left = HABIT_IDS.length - tally.habitsPractised;
  return `${habits}, ${ticks}. Challenge: ${left} more ${left === 1 ? 'habit' : 'habits'} to practise all six this week.`;
}

/** One week of the history strip. */
export interface WeekSummary extends WeekTally {
  week: WeekKey;
}

/**
 * Summarises the weeks ending with a given week, oldest first; weeks with nothing saved count as zero.
 * @param weeks every saved sheet, by week
 * @param lastWeek the newest week to include
 * @param count how many weeks
 */
export function summarizeWeeks(weeks: Readonly<Record<WeekKey, WeekSheet>>, lastWeek: WeekKey, count: number = HISTORY_WEEKS): WeekSummary[] {
  const summaries: WeekSummary[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const week = shiftWeek(lastWeek, -back);
    summaries.push({ week, ...tallyWeek(weeks[week]) });
  }
  return summaries;
}

/**
 * Tells whether a sheet holds nothing a user entered (so it need not be kept).
 * @param sheet the week's sheet
 */
export function isSheetEmpty(sheet: WeekSheet | undefined): boolean {
  if (!sheet) return true;
  return (
    tallyWeek(sheet).ticks === 0 &&
    Object.values(sheet.notes ?? {}).every((note) => !note?.trim()) &&
    (sheet.keyClients ?? []).every((id) => !id) &&
    Object.values(sheet.review ?? {}).every((answer) => !answer?.trim())
  );
}

/** Regions whose preferred paper is US Letter, from Unicode CLDR's supplemental `measurementData` (`paperSize`). */
const LETTER_PAPER_REGIONS = new Set(['BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE']);

/**
 * Guesses the paper a user prints on from their language tag (`en-US` → Letter, anything else → A4).
 * @param languageTag a BCP 47 tag such as `navigator.language`
 */
export function guessPaperSize(languageTag: string | undefined): PaperSize {
  const region = /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Z]{2})\b/i.exec(languageTag ?? '')?.[1]?.toUpperCase();
  return region && LETTER_PAPER_REGIONS.has(region) ? 'letter' : 'a4';
}

/**
 * Cuts text to a length in UTF-16 code units (what a field's `maxlength` and the saved-data schema count),
 * never splitting an emoji or other two-unit character.
 * @param text the text
 * @param max the most code units kept
 */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
