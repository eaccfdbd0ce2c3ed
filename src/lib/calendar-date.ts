/**
 * Calendar dates without times or time zones, written `YYYY-MM-DD` (ISO 8601). Tools reason in days,
 * so a DST change or a user's time zone can never shift a date. Arithmetic goes through date-fns on
 * local-midnight Date objects, which date-fns keeps DST-safe.
 */
import { addBusinessDays, addDays, differenceInCalendarDays, format, isValid, isWeekend, parse } from 'date-fns';

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats a Date's local calendar day.
 * @param date any instant; its local date is used
 */
export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

/**
 * Parses `YYYY-MM-DD` into a local-midnight Date, or undefined for anything that is not a real date
 * (`2026-02-30` is refused, not rolled over).
 * @param text the date text
 */
export function parseIsoDate(text: string): Date | undefined {
  if (!ISO_DATE_PATTERN.test(text)) return undefined;
  const date = parse(text, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) && toIsoDate(date) === text ? date : undefined;
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

/**
 * Tells whether a date falls on a working day, Monday to Friday (public holidays differ by country and
 * are left to the user, who can move a contact).
 * @param date a valid ISO date
 */
export function isWorkingDay(date: IsoDate): boolean {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${date}`);
  return !isWeekend(parsed);
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
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${date}`);
  return toIsoDate(addBusinessDays(parsed, days));
}

/**
 * Formats a date for reading in a list or on paper, for example `Mon 5 Jan 2026`.
 * @param date a valid ISO date
 */
export function formatIsoDateForReading(date: IsoDate): string {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${date}`);
  return format(parsed, 'EEE d MMM yyyy');
}
