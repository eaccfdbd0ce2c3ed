import { format, isValid, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToIsoDate, countDaysBetween, isIsoDate, parseIsoDate, toIsoDate } from '../../../src/lib/calendar-date';

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
});
