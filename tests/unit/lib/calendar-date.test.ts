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
