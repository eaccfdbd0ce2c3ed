import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../shared/calendar-date';
import { readEnvelope } from '../../shared/saved-data';
import { findWeekOf, HABIT_IDS, KEY_CLIENT_SLOTS, REVIEW_QUESTION_IDS, WEEKDAY_IDS } from '../model';
import { CHECKLIST_DATA_VERSION, CHECKLIST_MIGRATIONS, ChecklistDataSchema } from '../schema';

/** The checklist's saved-data spec, as its store declares it. */
const SPEC = { name: 'weekly-checklist', version: CHECKLIST_DATA_VERSION, schema: ChecklistDataSchema, migrations: CHECKLIST_MIGRATIONS };

describe('saved checklist data', () => {
  it('accepts sheets keyed by real weeks and refuses anything else', () => {
    const good = {
      weeks: { '2026-W03': { ticks: { communicate: ['mon'] }, notes: { surprise: 'Card to Acme' }, keyClients: ['abc', null], review: { held: 'Calls' } } },
      paper: 'letter',
    };
    expect(ChecklistDataSchema.safeParse(good).success).toBe(true);
    expect(ChecklistDataSchema.safeParse({ weeks: { '2025-W53': {} } }).success).toBe(false);
    expect(ChecklistDataSchema.safeParse({ weeks: { '2026-W03': { ticks: { communicate: ['someday'] } } } }).success).toBe(false);
    expect(ChecklistDataSchema.safeParse({ weeks: { '2026-W03': { ticks: { gossip: ['mon'] } } } }).success).toBe(false);
    expect(ChecklistDataSchema.safeParse({ weeks: { '2026-W03': { notes: { surprise: 'x'.repeat(141) } } } }).success).toBe(false);
    expect(ChecklistDataSchema.safeParse({ weeks: { '2026-W03': { keyClients: ['a', 'b', 'c', 'd', 'e', 'f'] } } }).success).toBe(false);
    expect(ChecklistDataSchema.safeParse({ weeks: [] }).success).toBe(false);
    expect(ChecklistDataSchema.safeParse({ weeks: {}, paper: 'a3' }).success).toBe(false);
  });

  it('drops fields it does not know, as the other tools’ schemas do', () => {
    expect(ChecklistDataSchema.safeParse({ weeks: { '2026-W03': { ticks: { surprise: ['sun'] }, mood: 'sunny' } }, theme: 'dark' })).toEqual({
      success: true,
      data: { weeks: { '2026-W03': { ticks: { surprise: ['sun'] } } } },
    });
  });

  it('accepts, unchanged, every sheet the checklist can save, over all sheets', () => {
    const text = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' }).map((value) => value.slice(0, max));
    const sheet = fc.record(
      {
        ticks: fc.dictionary(fc.constantFrom(...HABIT_IDS), fc.subarray([...WEEKDAY_IDS])),
        notes: fc.dictionary(fc.constantFrom(...HABIT_IDS), text(140)),
        keyClients: fc.array(fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: null }), { maxLength: KEY_CLIENT_SLOTS }),
        review: fc.dictionary(fc.constantFrom(...REVIEW_QUESTION_IDS), text(280)),
      },
      { requiredKeys: [] },
    );
    const week = fc.date({ min: new Date(2000, 0, 1), max: new Date(2060, 0, 1), noInvalidDate: true }).map((date) => findWeekOf(toIsoDate(date)));
    const data = fc.record({ weeks: fc.dictionary(week, sheet), paper: fc.constantFrom('a4', 'letter') }, { requiredKeys: ['weeks'] });
    fc.assert(
      fc.property(data, (saved) => {
        const stored = JSON.parse(JSON.stringify(saved));
        expect(ChecklistDataSchema.safeParse(stored)).toEqual({ success: true, data: stored });
      }),
    );
  });

  it('never throws on any JSON, and whatever it accepts reads back the same, over all inputs', () => {
    const junk = fc.oneof(
      fc.jsonValue(),
      fc.record({ weeks: fc.dictionary(fc.constantFrom('2026-W03', '2026-W53', '2025-W53', 'x'), fc.jsonValue()) }),
      fc.record({ weeks: fc.constant({ '2026-W03': {} }), paper: fc.jsonValue() }),
    );
    fc.assert(
      fc.property(junk, (input) => {
        const result = ChecklistDataSchema.safeParse(input);
        if (result.success) expect(ChecklistDataSchema.safeParse(JSON.parse(JSON.stringify(result.data)))).toEqual(result);
      }),
    );
  });
});

describe('saved checklist data of version 1', () => {
  it('reads key customers as key clients, keeping every other part of the sheet', () => {
    const v1 = {
      weeks: {
        '2026-W03': { ticks: { communicate: ['mon'] }, notes: { surprise: 'Card to Acme' }, keyCustomers: [null, 'abc'], review: { held: 'Calls' } },
        '2026-W04': { ticks: { surprise: ['fri'] } },
      },
      paper: 'a4',
    };
    expect(readEnvelope(SPEC, { version: 1, data: v1 })).toEqual({
      ok: true,
      migratedFrom: 1,
      data: {
        weeks: {
          '2026-W03': { ticks: { communicate: ['mon'] }, notes: { surprise: 'Card to Acme' }, keyClients: [null, 'abc'], review: { held: 'Calls' } },
          '2026-W04': { ticks: { surprise: ['fri'] } },
        },
        paper: 'a4',
      },
    });
  });

  it('still refuses version 1 data that was malformed, all of it', () => {
    const tooMany = { weeks: { '2026-W03': { keyCustomers: ['a', 'b', 'c', 'd', 'e', 'f'] }, '2026-W04': {} } };
    expect(readEnvelope(SPEC, { version: 1, data: tooMany })).toEqual({ ok: false, reason: 'invalid' });
    for (const junk of [null, [], 'weeks', { weeks: [] }, { weeks: { '2026-W03': 'sheet' } }, { weeks: { '2026-W03': { keyCustomers: [''] } } }]) {
      expect(readEnvelope(SPEC, { version: 1, data: junk })).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('reads every version 1 sheet as the same sheet with its lines renamed, over all sheets', () => {
    const week = fc.date({ min: new Date(2000, 0, 1), max: new Date(2060, 0, 1), noInvalidDate: true }).map((date) => findWeekOf(toIsoDate(date)));
    const lines = fc.array(fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: null }), { maxLength: KEY_CLIENT_SLOTS });
    const sheet = fc.record(
      { ticks: fc.dictionary(fc.constantFrom(...HABIT_IDS), fc.subarray([...WEEKDAY_IDS])), keyCustomers: lines },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.dictionary(week, sheet), (weeks) => {
        const v1 = JSON.parse(JSON.stringify({ weeks }));
        const expected = Object.fromEntries(
          Object.entries(weeks).map(([key, { keyCustomers, ...rest }]) => [key, keyCustomers ? { ...rest, keyClients: keyCustomers } : rest]),
        );
        expect(readEnvelope(SPEC, { version: 1, data: v1 })).toEqual({ ok: true, migratedFrom: 1, data: { weeks: JSON.parse(JSON.stringify(expected)) } });
      }),
    );
  });
});
