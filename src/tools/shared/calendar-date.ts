/**
 * Calendar dates without times or time zones, written `YYYY-MM-DD` (ISO 8601). Tools reason in days,
 * so a DST change or a user's time zone can never shift a date. Arithmetic goes through date-fns on
 * local-midnight Date objects, which date-fns keeps DST-safe.
 *
 * Reading and writing the fixed `YYYY-MM-DD` text is done by hand: date-fns's `format` and `parse`
 * bring its whole pattern engine and English locale (about 9 KB gzip) into every tool that keeps a
 * date, for a shape that needs none of it.
 */
import { addDays, differenceInCalendarDays } from 'date-fns';

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats a Date's local calendar day.
 * @param date any instant; its local date is used
 */
export function toIsoDate(date: Date): IsoDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/**
 * Parses `YYYY-MM-DD` into a local-midnight Date, or undefined for anything that is not a real date
 * (`2026-02-30` is refused, not rolled over).
 * @param text the date text
 */
export function parseIsoDate(text: string): Date | undefined {
  if (!ISO_DATE_PATTERN.test(text)) return undefined;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day);
  // `new Date` maps years 0–99 to 1900–1999; setting the full year keeps them as written.
  date.setFullYear(year, month - 1, day);
  // A day that does not exist (2026-02-30) rolls over into the next month, so it no longer reads back.
  return toIsoDate(date) === text ? date : undefined;
}

/**
 * Tells whether text is a real `YYYY-MM-DD` date.
 * @param text the date text
 */
export function isIsoDate(text: string): text is IsoDate {
  return parseIsoDate(text) !== undefined;
}

/**
 * Adds (or with a negative number, subtracts) whole days.
 * @param date a valid ISO date
 * @param days how many days
 */
export function addDaysToIsoDate(date: IsoDate, days: number): IsoDate {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${date}`);
  return toIsoDate(addDays(parsed, days));
}

/**
 * Counts calendar days from `from` to `to` (negative when `to` is earlier).
 * @param from a valid ISO date
 * @param to a valid ISO date
 */
export function countDaysBetween(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError(`Not a calendar date: ${a ? to : from}`);
  return differenceInCalendarDays(b, a);
}

/** `Date.getDay()` numbers of the weekend. */
const SUNDAY = 0;
const SATURDAY = 6;

/**
 * Tells whether a date falls on a working day, Monday to Friday (public holidays differ by country and
 * are left to the user, who can move a contact).
 * @param date a valid ISO date
 */
export function isWorkingDay(date: IsoDate): boolean {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${date}`);
  const weekday = parsed.getDay();
  return weekday !== SUNDAY && weekday !== SATURDAY;
}

/**
 * Returns the date itself when it is a working day, otherwise the next Monday.
 * @param date a valid ISO date
 */
export function toWorkingDayOnOrAfter(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDaysToIsoDate(day, 1);
  return day;
}

/**
 * Returns the date itself when it is a working day, otherwise the Friday before.
 * @param date a valid ISO date
 */
export function toWorkingDayOnOrBefore(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDaysToIsoDate(day, -1);
  return day;
}

/**
 * Adds whole working days (Monday to Friday), skipping weekends.
 * @param date a valid ISO date
 * @param days how many working days (may be negative)
 */
export function addWorkingDaysToIsoDate(date: IsoDate, days: number): IsoDate {
  // A loop over days rather than date-fns's addBusinessDays: plans add a handful of days, and the loop
  // keeps that function's weight off every page that reads dates.
  const step = days < 0 ? -1 : 1;
  let day = date;
  for (let left = Math.abs(days); left > 0; ) {
    day = addDaysToIsoDate(day, step);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * Day and month names come from `Intl` (British English: the site is written in English, whatever the
 * browser's language, and lists dates day first). UTC on a UTC date, so no time zone can shift the day.
 */
const READING_DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * Formats a date for reading in a list or on paper, for example `Mon 5 Jan 2026`.
 * @param date a valid ISO date
 */
export function formatIsoDateForReading(date: IsoDate): string {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${date}`);
  const parts = READING_DATE_FORMAT.formatToParts(Date.UTC(parsed.getFullYear(), parsed.getMonth(), parsed.getDate()));
  // Intl puts a comma after the weekday; lists and paper read better without it.
  return parts
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}
