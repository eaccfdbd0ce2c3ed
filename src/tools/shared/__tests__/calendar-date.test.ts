import { format, isValid, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysToIsoDate,
  addWorkingDaysToIsoDate,
  countDaysBetween,
  formatIsoDateForReading,
  isIsoDate,
  isWorkingDay,
  parseIsoDate,
  toIsoDate,
  toWorkingDayOnOrAfter,
  toWorkingDayOnOrBefore,
} from '../calendar-date';

describe('calendar dates', () => {
  it('round-trips a date through text', () => {
    expect(toIsoDate(parseIsoDate('2026-11-23')!)).toBe('2026-11-23');
  });

  it('refuses dates that do not exist instead of rolling them over', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('23/11/2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    // Years below 100 are kept as written, not read as 19xx.
    expect(parseIsoDate('0099-03-01')?.getFullYear()).toBe(99);
    expect(isIsoDate('0099-03-01')).toBe(true);
  });

  it('adds days across month, year and DST boundaries', () => {
    expect(addDaysToIsoDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToIsoDate('2028-02-28', 1)).toBe('2028-02-29');
    // Europe and the US change clocks on these weekends; a day is still a day.
    expect(addDaysToIsoDate('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDaysToIsoDate('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDaysToIsoDate('2026-03-08', -1)).toBe('2026-03-07');
  });

  it('counts days between dates in either direction', () => {
    expect(countDaysBetween('2026-01-01', '2026-03-31')).toBe(89);
    expect(countDaysBetween('2026-03-31', '2026-01-01')).toBe(-89);
  });

  it('writes and reads dates exactly as date-fns would, over all days from year 1 to 9999', () => {
    const days = fc.date({ min: new Date(1, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true });
    fc.assert(
      fc.property(days, (date) => {
        const text = toIsoDate(date);
        expect(text).toBe(format(date, 'yyyy-MM-dd'));
        const parsed = parseIsoDate(text)!;
        const reference = parse(text, 'yyyy-MM-dd', new Date(2000, 0, 1));
        expect(isValid(reference)).toBe(true);
        expect(parsed.getTime()).toBe(reference.getTime());
      }),
    );
  });

  it('keeps two-digit years as written instead of moving them to the 1900s', () => {
    expect(parseIsoDate('0050-06-01')?.getFullYear()).toBe(50);
    expect(toIsoDate(parseIsoDate('0050-06-01')!)).toBe('0050-06-01');
  });

  it('refuses to write an invalid Date', () => {
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('tells working days from weekends and moves to the nearest one in either direction', () => {
    expect(isWorkingDay('2026-03-06')).toBe(true); // Friday
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(toWorkingDayOnOrAfter('2026-03-07')).toBe('2026-03-09');
    expect(toWorkingDayOnOrAfter('2026-03-09')).toBe('2026-03-09');
    expect(toWorkingDayOnOrBefore('2026-03-08')).toBe('2026-03-06');
    expect(toWorkingDayOnOrAfter('2027-01-02')).toBe('2027-01-04');
  });

  it('adds working days over weekends, month ends and leap days', () => {
    expect(addWorkingDaysToIsoDate('2026-03-06', 1)).toBe('2026-03-09');
    expect(addWorkingDaysToIsoDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(addWorkingDaysToIsoDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addWorkingDaysToIsoDate('2026-03-04', 10)).toBe('2026-03-18');
    expect(addWorkingDaysToIsoDate('2026-03-07', 1)).toBe('2026-03-09'); // from a Saturday
    expect(addWorkingDaysToIsoDate('2026-03-09', -1)).toBe('2026-03-06');
    expect(addWorkingDaysToIsoDate('2026-03-09', 0)).toBe('2026-03-09');
  });

  it('formats a date for reading with its weekday', () => {
    expect(formatIsoDateForReading('2028-02-29')).toBe('Tue 29 Feb 2028');
    expect(formatIsoDateForReading('2026-01-04')).toBe('Sun 4 Jan 2026');
  });
});

describe('calendar dates without date-fns parsing', () => {
  it('reads and writes early years and local midnight exactly', () => {
    expect(toIsoDate(parseIsoDate('0050-03-01')!)).toBe('0050-03-01');
    const date = parseIsoDate('2026-03-29')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([2026, 2, 29, 0, 0]);
    expect(toIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('round-trips every day of four years, leap day included, and refuses day 0 and month 13', () => {
    let day = '2024-01-01';
    for (let i = 0; i < 366 * 4; i++) {
      expect(toIsoDate(parseIsoDate(day)!)).toBe(day);
      day = addDaysToIsoDate(day, 1);
    }
    expect(isIsoDate('2026-01-00')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });
});
