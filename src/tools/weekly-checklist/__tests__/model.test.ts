import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { countDaysBetween, parseIsoDate, toIsoDate } from '../../shared/calendar-date';
import {
  clampText,
  HABITS,
  HABIT_IDS,
  WEEKDAY_IDS,
  describeTally,
  findWeekOf,
  findWeekStart,
  formatDayDate,
  formatWeekDates,
  formatWeekTitle,
  guessPaperSize,
  isSheetEmpty,
  isTicked,
  isWeekKey,
  listWeekDays,
  setTickOnSheet,
  shiftWeek,
  summarizeWeeks,
  tallyWeek,
} from '../model';
import { ChecklistDataSchema, type WeekSheet } from '../schema';

/** Zones whose clocks change on different dates, one at midnight (São Paulo until 2019) and one by 30 minutes. */
const TIME_ZONES = ['UTC', 'Europe/London', 'America/New_York', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Pacific/Auckland'];

const originalTimeZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTimeZone;
});

/** Any calendar date from 1990 to 2099, as an ISO date. */
const isoDates = fc
  .date({ min: new Date(1990, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true })
  .map((date) => toIsoDate(date));

describe('ISO weeks', () => {
  it('puts the days around New Year in the week ISO 8601 gives them', () => {
    expect(findWeekOf('2025-12-28')).toBe('2025-W52');
    expect(findWeekOf('2025-12-29')).toBe('2026-W01');
    expect(findWeekOf('2026-01-01')).toBe('2026-W01');
    expect(findWeekOf('2026-12-31')).toBe('2026-W53');
    expect(findWeekOf('2027-01-03')).toBe('2026-W53');
    expect(findWeekOf('2027-01-04')).toBe('2027-W01');
    expect(findWeekOf('2021-01-03')).toBe('2020-W53');
  });

  it('starts every week on its Monday, even when the Monday is in the year before', () => {
    expect(findWeekStart('2026-W01')).toBe('2025-12-29');
    expect(findWeekStart('2026-W53')).toBe('2026-12-28');
    expect(findWeekStart('2027-W01')).toBe('2027-01-04');
    expect(findWeekStart('2020-W53')).toBe('2020-12-28');
  });

  it('accepts week 53 only in years that have one', () => {
    expect(isWeekKey('2026-W53')).toBe(true);
    expect(isWeekKey('2025-W53')).toBe(false);
    expect(isWeekKey('2026-W00')).toBe(false);
    expect(isWeekKey('2026-W1')).toBe(false);
    expect(isWeekKey('2026-12-28')).toBe(false);
    expect(() => findWeekStart('2025-W53')).toThrow(RangeError);
  });

  it('lists Monday to Sunday with their dates, across a month and a year end', () => {
    expect(listWeekDays('2026-W01').map((day) => `${day.name} ${day.date}`)).toEqual([
      'Monday 2025-12-29',
      'Tuesday 2025-12-30',
      'Wednesday 2025-12-31',
      'Thursday 2026-01-01',
      'Friday 2026-01-02',
      'Saturday 2026-01-03',
      'Sunday 2026-01-04',
    ]);
  });

  it('steps to the previous and next week across a year with 53 weeks', () => {
    expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftWeek('2027-W01', -1)).toBe('2026-W53');
    expect(shiftWeek('2025-W52', 1)).toBe('2026-W01');
    expect(shiftWeek('2026-W01', -1)).toBe('2025-W52');
    expect(shiftWeek('2026-W10', -52)).toBe('2025-W10');
  });

  it('switches time zone for these tests (so the clock-change tests below really run in each zone)', () => {
    process.env.TZ = 'Europe/London';
    expect(new Date(2026, 2, 29, 12).getTimezoneOffset()).toBe(-60);
    process.env.TZ = 'America/New_York';
    expect(new Date(2026, 2, 29, 12).getTimezoneOffset()).toBe(240);
  });

  it('keeps seven whole days in the weeks when clocks change', () => {
    // Europe springs forward on 29 March 2026, the US on 8 March, Auckland falls back on 5 April.
    for (const timeZone of TIME_ZONES) {
      process.env.TZ = timeZone;
      expect(listWeekDays('2026-W13').map((day) => day.date), timeZone).toEqual([
        '2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29',
      ]);
      expect(findWeekOf('2026-03-29'), timeZone).toBe('2026-W13');
      expect(findWeekOf('2026-03-30'), timeZone).toBe('2026-W14');
      expect(shiftWeek('2026-W10', 1), timeZone).toBe('2026-W11');
      expect(findWeekOf('2026-11-01'), timeZone).toBe('2026-W44');
    }
  });

  it('handles the midnight clock change of São Paulo, where 4 November 2018 had no midnight', () => {
    process.env.TZ = 'America/Sao_Paulo';
    expect(findWeekOf('2018-11-04')).toBe('2018-W44');
    expect(findWeekOf('2018-11-05')).toBe('2018-W45');
    expect(findWeekStart('2018-W45')).toBe('2018-11-05');
    expect(listWeekDays('2018-W44').map((day) => day.date)).toEqual([
      '2018-10-29', '2018-10-30', '2018-10-31', '2018-11-01', '2018-11-02', '2018-11-03', '2018-11-04',
    ]);
  });

  it('puts every date in a week that starts on a Monday at most six days before it, in every time zone', () => {
    for (const timeZone of TIME_ZONES) {
      process.env.TZ = timeZone;
      fc.assert(
        fc.property(isoDates, (date) => {
          const week = findWeekOf(date);
          const monday = findWeekStart(week);
          const offset = countDaysBetween(monday, date);
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(6);
          expect(parseIsoDate(monday)!.getDay()).toBe(1);
          expect(listWeekDays(week)[offset]!.date).toBe(date);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('moves forward and back by the same number of weeks to the same week, over all weeks', () => {
    for (const timeZone of TIME_ZONES) {
      process.env.TZ = timeZone;
      fc.assert(
        fc.property(isoDates, fc.integer({ min: -120, max: 120 }), (date, weeks) => {
          const week = findWeekOf(date);
          const moved = shiftWeek(week, weeks);
          expect(isWeekKey(moved)).toBe(true);
          expect(shiftWeek(moved, -weeks)).toBe(week);
          expect(countDaysBetween(findWeekStart(week), findWeekStart(moved))).toBe(weeks * 7);
          // Week keys sort as text in time order.
          expect(Math.sign(moved.localeCompare(week))).toBe(Math.sign(weeks));
        }),
        { numRuns: 150 },
      );
    }
  });
});

describe('week labels', () => {
  it('names the week and its dates in the shortest clear form', () => {
    expect(formatWeekTitle('2026-W03')).toBe('Week 3, 2026');
    expect(formatWeekDates('2026-W03')).toBe('12–18 January 2026');
    expect(formatWeekDates('2026-W05')).toBe('26 January – 1 February 2026');
    expect(formatWeekDates('2026-W01')).toBe('29 December 2025 – 4 January 2026');
    expect(formatDayDate('2026-01-12')).toBe('12 Jan');
  });
});

describe('ticks and the tally', () => {
  it('counts a habit as practised once it has a tick, and every tick in all', () => {
    let sheet: WeekSheet = {};
    sheet = setTickOnSheet(sheet, 'communicate', 'mon', true);
    sheet = setTickOnSheet(sheet, 'communicate', 'wed', true);
    sheet = setTickOnSheet(sheet, 'surprise', 'fri', true);
    expect(tallyWeek(sheet)).toEqual({ habitsPractised: 2, ticks: 3, challengeMet: false });
    expect(isTicked(sheet, 'communicate', 'wed')).toBe(true);
    expect(isTicked(sheet, 'communicate', 'tue')).toBe(false);
    expect(tallyWeek(undefined)).toEqual({ habitsPractised: 0, ticks: 0, challengeMet: false });
  });

  it('meets the challenge only when all six habits have a tick in the week', () => {
    let sheet: WeekSheet = {};
    for (const habit of HABIT_IDS.slice(0, 5)) sheet = setTickOnSheet(sheet, habit, 'tue', true);
    expect(tallyWeek(sheet).challengeMet).toBe(false);
    expect(describeTally(tallyWeek(sheet))).toBe('5 of 6 habits practised, 5 ticks in all. Challenge: 1 more habit to practise all six this week.');
    sheet = setTickOnSheet(sheet, 'surprise', 'sun', true);
    expect(tallyWeek(sheet).challengeMet).toBe(true);
    expect(describeTally(tallyWeek(sheet))).toBe('6 of 6 habits practised, 6 ticks in all. Challenge met: all six habits this week.');
    expect(describeTally(tallyWeek({}))).toBe('0 of 6 habits practised, 0 ticks in all. Challenge: 6 more habits to practise all six this week.');
  });

  it('keeps the tally in range and consistent with the cells, over all sequences of ticks', () => {
    const clicks = fc.array(fc.tuple(fc.constantFrom(...HABIT_IDS), fc.constantFrom(...WEEKDAY_IDS), fc.boolean()), { maxLength: 80 });
    fc.assert(
      fc.property(clicks, (sequence) => {
        let sheet: WeekSheet = {};
        for (const [habit, day, ticked] of sequence) sheet = setTickOnSheet(sheet, habit, day, ticked);
        const tally = tallyWeek(sheet);
        let cells = 0;
        let practised = 0;
        for (const habit of HABIT_IDS) {
          const row = WEEKDAY_IDS.filter((day) => isTicked(sheet, habit, day)).length;
          cells += row;
          if (row > 0) practised += 1;
          expect(sheet.ticks?.[habit] ?? []).toEqual(WEEKDAY_IDS.filter((day) => isTicked(sheet, habit, day)));
        }
        expect(tally.ticks).toBe(cells);
        expect(tally.habitsPractised).toBe(practised);
        expect(tally.ticks).toBeLessThanOrEqual(42);
        expect(tally.habitsPractised).toBeLessThanOrEqual(tally.ticks);
        expect(tally.challengeMet).toBe(practised === 6);
        expect(ChecklistDataSchema.safeParse({ weeks: { '2026-W03': sheet } }).success).toBe(true);
        // The last click on a cell decides it.
        const last = new Map(sequence.map(([habit, day, ticked]) => [`${habit} ${day}`, ticked]));
        for (const [cell, ticked] of last) {
          const [habit, day] = cell.split(' ') as [(typeof HABIT_IDS)[number], (typeof WEEKDAY_IDS)[number]];
          expect(isTicked(sheet, habit, day)).toBe(ticked);
        }
      }),
    );
  });

  it('summarises the last eight weeks oldest first, counting weeks with nothing saved as zero, across a year end', () => {
    const weeks = {
      '2026-W52': setTickOnSheet({}, 'communicate', 'mon', true),
      '2027-W02': setTickOnSheet(setTickOnSheet({}, 'surprise', 'mon', true), 'be-consistent', 'tue', true),
    };
    const history = summarizeWeeks(weeks, '2027-W02');
    expect(history.map((week) => week.week)).toEqual([
      '2026-W48', '2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53', '2027-W01', '2027-W02',
    ]);
    expect(history.map((week) => week.habitsPractised)).toEqual([0, 0, 0, 0, 1, 0, 0, 2]);
  });
});

describe('the habits', () => {
  it('are the six habits of the guidance, each with a one-line prompt', () => {
    expect(HABITS.map((habit) => habit.name)).toEqual([
      'Give loyalty to get it',
      'Communicate',
      'Understand their goals',
      'Be consistent',
      'Build credibility',
      'Surprise them',
    ]);
    for (const habit of HABITS) expect(habit.prompt.length).toBeLessThanOrEqual(100);
  });
});

describe('empty sheets', () => {
  it('tells an untouched sheet from one with anything on it', () => {
    expect(isSheetEmpty(undefined)).toBe(true);
    expect(isSheetEmpty({ ticks: { communicate: [] }, notes: { surprise: '  ' }, keyClients: [null] })).toBe(true);
    expect(isSheetEmpty({ keyClients: [null, 'abc'] })).toBe(false);
    expect(isSheetEmpty({ review: { change: 'More calls' } })).toBe(false);
    expect(isSheetEmpty(setTickOnSheet({}, 'surprise', 'sun', true))).toBe(false);
  });
});

describe('clampText', () => {
  it('cuts text to the limit without splitting a two-unit character', () => {
    expect(clampText('abcdef', 4)).toBe('abcd');
    expect(clampText('abc😀', 4)).toBe('abc');
    expect(clampText('ab😀', 4)).toBe('ab😀');
    expect(clampText('short', 140)).toBe('short');
  });
});

describe('paper size', () => {
  it('guesses Letter for the Americas’ Letter countries and A4 elsewhere', () => {
    expect(guessPaperSize('en-US')).toBe('letter');
    expect(guessPaperSize('fr-CA')).toBe('letter');
    expect(guessPaperSize('es-419')).toBe('a4');
    expect(guessPaperSize('en-GB')).toBe('a4');
    expect(guessPaperSize('zh-Hant-TW')).toBe('a4');
    expect(guessPaperSize('en')).toBe('a4');
    expect(guessPaperSize(undefined)).toBe('a4');
  });
});
