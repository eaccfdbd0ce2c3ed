/**
 * Every claim `content/tools/weekly-checklist.mdx` and the weekly-habits guide make about the checklist's
 * model, stated as a property over all sheets (issue 13). Each test is named after the sentence it checks;
 * change the page and the model together.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKLY_REVIEW_DAY } from '../../shared/playbook-facts';
import {
  describeTally,
  findWeekOf,
  HABIT_IDS,
  HABITS,
  HISTORY_WEEKS,
  KEY_CLIENT_SLOTS,
  listWeekDays,
  REVIEW_QUESTIONS,
  shiftWeek,
  summarizeWeeks,
  tallyWeek,
  WEEKDAY_IDS,
  type WeekdayId,
} from '../model';
import { ChecklistDataSchema, type WeekSheet } from '../schema';

const tickedDays = fc.subarray<WeekdayId>([...WEEKDAY_IDS]);
const sheet = fc
  .tuple(...HABIT_IDS.map(() => tickedDays))
  .map((days): WeekSheet => ({ ticks: Object.fromEntries(HABIT_IDS.map((habit, i) => [habit, days[i]!])) }));
const week = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((day) => findWeekOf(day.toISOString().slice(0, 10)));

describe('the weekly checklist page', () => {
  it('"A habit is practised as soon as it has one tick. The tally counts practised habits and all your ticks"', () => {
    fc.assert(
      fc.property(sheet, (week) => {
        const tally = tallyWeek(week);
        const perHabit = HABIT_IDS.map((habit) => week.ticks?.[habit]?.length ?? 0);
        expect(tally.habitsPractised).toBe(perHabit.filter((count) => count >= 1).length);
        expect(tally.ticks).toBe(perHabit.reduce((sum, count) => sum + count, 0));
      }),
    );
  });

  it('"The challenge is to practise all six in one week, Monday to Sunday": a weekend tick counts', () => {
    expect(HABITS).toHaveLength(6);
    expect(WEEKDAY_IDS[0]).toBe('mon');
    expect(WEEKDAY_IDS.at(-1)).toBe('sun');
    fc.assert(
      fc.property(sheet, (week) => {
        const tally = tallyWeek(week);
        expect(tally.challengeMet).toBe(HABIT_IDS.every((habit) => (week.ticks?.[habit]?.length ?? 0) > 0));
        expect(describeTally(tally).includes('Challenge met')).toBe(tally.challengeMet);
      }),
    );
    const weekendOnly: WeekSheet = { ticks: Object.fromEntries(HABIT_IDS.map((habit) => [habit, ['sat', 'sun']])) };
    expect(tallyWeek(weekendOnly).challengeMet).toBe(true);
  });

  it('"Name up to 5 key clients": saved data with more is refused', () => {
    expect(KEY_CLIENT_SLOTS).toBe(5);
    const weekWith = (count: number) => ({ weeks: { '2026-W10': { keyClients: Array.from({ length: count }, (_, i) => `c${i}`) } } });
    expect(ChecklistDataSchema.safeParse(weekWith(KEY_CLIENT_SLOTS)).success).toBe(true);
    expect(ChecklistDataSchema.safeParse(weekWith(KEY_CLIENT_SLOTS + 1)).success).toBe(false);
  });

  it('"On Friday, count the ticks and answer the 3 review questions": the review day is a day of the sheet', () => {
    expect(REVIEW_QUESTIONS).toHaveLength(3);
    expect(WEEKDAY_IDS).toContain(WEEKLY_REVIEW_DAY.id);
    expect(listWeekDays('2026-W10').find((day) => day.id === WEEKLY_REVIEW_DAY.id)?.name).toBe(WEEKLY_REVIEW_DAY.name);
  });

  it('"Step between weeks with the previous and next buttons": a step back undoes a step forward', () => {
    fc.assert(
      fc.property(week, fc.integer({ min: -60, max: 60 }), (start, weeks) => {
        expect(shiftWeek(shiftWeek(start, weeks), -weeks)).toBe(start);
        if (weeks !== 0) expect(shiftWeek(start, weeks)).not.toBe(start);
      }),
    );
  });

  it('"the strip of the last 8 weeks shows how many habits you practised in each"', () => {
    fc.assert(
      fc.property(week, fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), sheet), { maxLength: 6 }), (last, saved) => {
        const weeks = Object.fromEntries(saved.map(([back, s]) => [shiftWeek(last, -back), s]));
        const strip = summarizeWeeks(weeks, last);
        expect(strip).toHaveLength(HISTORY_WEEKS);
        expect(strip.at(-1)?.week).toBe(last);
        strip.forEach((summary, i) => {
          expect(summary.week).toBe(shiftWeek(last, i - (HISTORY_WEEKS - 1)));
          expect(summary.habitsPractised).toBe(tallyWeek(weeks[summary.week]).habitsPractised);
        });
      }),
    );
  });
});
