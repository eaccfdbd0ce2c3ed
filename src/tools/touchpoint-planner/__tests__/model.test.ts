import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS, findNextContact, listUpcomingContacts, moveContactInPlan, setContactStatusInPlan } from '../contacts';
import type { Channel, TouchpointPlan } from '../schema';
import {
  addReferralToPlan,
  chooseChannel,
  createPlan,
  PURPOSES,
  schedulePlanContacts,
  scheduleReferralFollowUps,
  validatePlanRequest,
} from '../model';

/** Weekday of an ISO date computed in UTC, independently of the code under test (0 = Sunday). */
function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Calendar days between ISO dates computed in UTC, independently of the code under test. */
function daysBetween(from: string, to: string): number {
  const toUtc = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

const isWeekday = (date: string) => weekdayOf(date) !== 0 && weekdayOf(date) !== 6;

const ALL_CHANNELS: Channel[] = [...CHANNELS];

/** Issue #18: a Saturday start put 6 of 8 contacts on Mondays; three on one weekday is as close as the ideal days allow. */
const MOST_CONTACTS_ON_ONE_WEEKDAY = 3;

function plan(startDate: string, contactCount = 7, channels: Channel[] = ALL_CHANNELS) {
  return schedulePlanContacts({ startDate, contactCount, channels });
}

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

describe('scheduling a new client’s contacts', () => {
  it('plans the requested number of contacts, the first on the start day when it is a working day', () => {
    const contacts = plan('2026-03-02', 7); // a Monday
    expect(contacts).toHaveLength(7);
    expect(contacts[0]!.date).toBe('2026-03-02');
    expect(contacts[0]!.purpose).toBe('thank');
  });

  it('moves a contact that would fall on a weekend to the Monday after', () => {
    // Saturday start: the thank-you goes out on Monday, two days later.
    expect(plan('2026-03-07')[0]!.date).toBe('2026-03-09');
    // Sunday start: Monday, one day later.
    expect(plan('2026-03-08')[0]!.date).toBe('2026-03-09');
    for (const contact of plan('2026-03-07', 8)) expect(isWeekday(contact.date), contact.date).toBe(true);
  });

  it('spreads a weekend start’s contacts over the working week instead of stacking them on Mondays', () => {
    const mondays = plan('2026-03-07', 8).filter((contact) => weekdayOf(contact.date) === 1);
    expect(mondays.length).toBeLessThanOrEqual(MOST_CONTACTS_ON_ONE_WEEKDAY);
  });

  it('puts no more than three contacts on any one weekday, for any start and size', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
        fc.integer({ min: 6, max: 8 }),
        (day, count) => {
          const start = day.toISOString().slice(0, 10);
          const perWeekday = [0, 0, 0, 0, 0, 0, 0];
          for (const contact of plan(start, count)) perWeekday[weekdayOf(contact.date)]! += 1;
          expect(Math.max(...perWeekday), `${start}, ${count} contacts: ${perWeekday.join(' ')}`).toBeLessThanOrEqual(MOST_CONTACTS_ON_ONE_WEEKDAY);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('crosses month and year ends on the right days', () => {
    const contacts = plan('2026-12-30', 8); // a Wednesday
    expect(contacts.map((c) => c.date)).toEqual([
      '2026-12-30',
      '2027-01-01', // New Year's Day is a Friday; only weekends are skipped
      '2027-01-06',
      '2027-01-13',
      '2027-01-21',
      '2027-02-01', // day 32 is Sunday 31 January → Monday
      '2027-02-12',
      '2027-02-25',
    ]);
  });

  it('counts a leap day as a day', () => {
    // 2028 is a leap year: day 28 after 2028-02-01 is 29 February (a Tuesday).
    const leap = plan('2028-02-01', 7);
    expect(leap[4]!.date).toBe('2028-02-29');
    // 2027 is not: the same offset lands on 1 March.
    const common = plan('2027-02-01', 7);
    expect(common[4]!.date).toBe('2027-03-01');
  });

  it('gives the same dates whatever the time zone, across DST changes', () => {
    const zones = ['UTC', 'Europe/London', 'America/New_York', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Pacific/Apia'];
    // Europe changes clocks on 29 March and 25 October 2026, the US on 8 March and 1 November;
    // São Paulo in 2018 skipped midnight itself on 4 November.
    const starts = ['2026-03-06', '2026-03-27', '2026-10-23', '2026-10-30', '2018-10-31', '2018-11-03'];
    for (const start of starts) {
      process.env.TZ = 'UTC';
      const expected = plan(start, 8).map((c) => c.date);
      for (const zone of zones) {
        process.env.TZ = zone;
        expect(plan(start, 8).map((c) => c.date), `${start} in ${zone}`).toEqual(expected);
      }
      // …and the dates are right, not merely consistent: every one a weekday, 60 days at most.
      for (const date of expected) {
        expect(isWeekday(date), date).toBe(true);
        expect(daysBetween(start, date)).toBeLessThan(60);
      }
    }
  });

  it('keeps to working days inside the 60 days, front-loaded, for any start, size and channels', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
        fc.integer({ min: 6, max: 8 }),
        fc.subarray(ALL_CHANNELS, { minLength: 1 }),
        (day, count, channels) => {
          const start = day.toISOString().slice(0, 10);
          const contacts = plan(start, count, channels);
          expect(contacts).toHaveLength(count);
          const offsets = contacts.map((c) => daysBetween(start, c.date));
          // First contact within two days, last within the 60 days, dates strictly increasing.
          expect(offsets[0]).toBeGreaterThanOrEqual(0);
          expect(offsets[0]).toBeLessThanOrEqual(2);
          expect(offsets.at(-1)).toBeLessThanOrEqual(59);
          for (let i = 1; i < offsets.length; i++) expect(offsets[i]).toBeGreaterThan(offsets[i - 1]!);
          // Front-loaded: at least half of the contacts in the first 30 days.
          expect(offsets.filter((o) => o < 30).length).toBeGreaterThanOrEqual(count / 2);
          for (const contact of contacts) {
            expect(isWeekday(contact.date)).toBe(true);
            expect(channels).toContain(contact.channel);
          }
          // The referral conversation never comes in the first three contacts, and only after a review.
          const referral = contacts.findIndex((c) => c.purpose === 'referral');
          expect(referral).toBeGreaterThanOrEqual(3);
          expect(contacts.slice(0, referral).some((c) => c.purpose === 'review')).toBe(true);
          // A deliberate mix: with more than one channel allowed, more than one is used.
          if (channels.length > 1) expect(new Set(contacts.map((c) => c.channel)).size).toBeGreaterThan(1);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives every contact a purpose with a step, a suggestion and a guidance link', () => {
    for (const contact of plan('2026-03-02', 8)) {
      const purpose = PURPOSES[contact.purpose];
      expect(purpose.step.number).toBeGreaterThanOrEqual(1);
      expect(purpose.suggest().length).toBeGreaterThan(20);
      expect(purpose.guide.path).toMatch(/^playbook\/[a-z-]+\/$/);
    }
  });
});

describe('choosing channels', () => {
  it('uses only the channels the user allows', () => {
    expect(plan('2026-03-02', 8, ['email']).every((c) => c.channel === 'email')).toBe(true);
  });

  it('takes the next fitting channel rather than repeat the previous contact’s', () => {
    expect(chooseChannel('check-in', ['call', 'email'])).toBe('call');
    expect(chooseChannel('check-in', ['call', 'email'], 'call')).toBe('email');
    expect(chooseChannel('check-in', ['call'], 'call')).toBe('call');
  });
});

describe('checking what the user typed', () => {
  const good = { clientName: 'Acme & Sons <Ltd>', startDate: '2026-03-02', contactCount: '7', channels: ALL_CHANNELS };

  it('accepts a name with markup and quotes as plain text', () => {
    const result = validatePlanRequest({ ...good, clientName: '  "Acme" & Sons <Ltd> ' });
    expect(result).toEqual({
      ok: true,
      request: { clientName: '"Acme" & Sons <Ltd>', startDate: '2026-03-02', contactCount: 7, channels: ALL_CHANNELS },
    });
  });

  it('gives each bad field its own message', () => {
    const result = validatePlanRequest({ clientName: ' ', startDate: '2026-02-30', contactCount: '9', channels: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.clientName).toMatch(/name/);
    expect(result.errors.startDate).toMatch(/real date/);
    expect(result.errors.contactCount).toMatch(/6 to 8/);
    expect(result.errors.channels).toMatch(/at least one/);
  });

  it('refuses an over-long name, a missing or far-off date, and fractional or empty counts', () => {
    const refused = (input: Partial<typeof good>) => {
      const result = validatePlanRequest({ ...good, ...input });
      return result.ok ? {} : result.errors;
    };
    expect(refused({ clientName: 'x'.repeat(81) }).clientName).toMatch(/80/);
    expect(refused({ startDate: '' }).startDate).toBe('Enter a full date: day, month and year.');
    expect(refused({ startDate: '1999-12-31' }).startDate).toMatch(/2000 and 2099/);
    expect(refused({ contactCount: '6.5' }).contactCount).toBeDefined();
    expect(refused({ contactCount: '' }).contactCount).toBeDefined();
    expect(refused({ contactCount: '5' }).contactCount).toBeDefined();
    expect(refused({ contactCount: '8' })).toEqual({});
  });
});

describe('changing a plan', () => {
  const base: TouchpointPlan = createPlan(
    { clientName: 'Acme', startDate: '2026-03-02', contactCount: 6, channels: ALL_CHANNELS },
    { planId: 'p1', clientId: 'k1' },
  );

  it('marks contacts done or skipped and raises their revision', () => {
    const done = setContactStatusInPlan(base, 'c1', 'done');
    expect(done.contacts[0]).toMatchObject({ id: 'c1', status: 'done', revision: 1 });
    expect(findNextContact(done)?.id).toBe('c2');
    const skipped = setContactStatusInPlan(done, 'c2', 'skipped');
    expect(findNextContact(skipped)?.id).toBe('c3');
  });

  it('moves a contact and keeps the list in date order', () => {
    const moved = moveContactInPlan(base, 'c1', '2026-03-20');
    expect(moved.contacts.map((c) => c.id)).toEqual(['c2', 'c3', 'c1', 'c4', 'c5', 'c6']);
    expect(moved.contacts.find((c) => c.id === 'c1')).toMatchObject({ date: '2026-03-20', revision: 1 });
  });

  it('keeps the plan id and raises revisions when a client’s plan is made again', () => {
    const again = createPlan(
      { clientName: 'Acme', startDate: '2026-04-06', contactCount: 6, channels: ['call'] },
      { planId: 'p2', clientId: 'k1' },
      setContactStatusInPlan(base, 'c1', 'done'),
    );
    expect(again.id).toBe('p1');
    expect(again.contacts.every((c) => c.revision === 2)).toBe(true);
  });
});

describe('logging a referral', () => {
  it('acknowledges the same day (Monday for a weekend referral) and closes the loop two working weeks later', () => {
    // Wednesday: acknowledge the same day.
    expect(scheduleReferralFollowUps('2026-03-04')).toEqual({ acknowledge: '2026-03-04', closeLoop: '2026-03-18' });
    // Saturday: acknowledge on Monday.
    expect(scheduleReferralFollowUps('2026-03-07')).toEqual({ acknowledge: '2026-03-09', closeLoop: '2026-03-23' });
  });

  it('acknowledges on a working day no later than the next one, for any referral date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (day) => {
        const date = day.toISOString().slice(0, 10);
        const { acknowledge, closeLoop } = scheduleReferralFollowUps(date);
        expect(isWeekday(acknowledge)).toBe(true);
        expect(isWeekday(closeLoop)).toBe(true);
        // Same day, or a weekend referral acknowledged on Monday.
        expect(daysBetween(date, acknowledge)).toBe(weekdayOf(date) === 6 ? 2 : weekdayOf(date) === 0 ? 1 : 0);
        expect(daysBetween(acknowledge, closeLoop)).toBe(14);
      }),
      { numRuns: 300 },
    );
  });

  it('adds an acknowledgement and a close-the-loop contact naming the person referred', () => {
    const base = createPlan(
      { clientName: 'Acme', startDate: '2026-03-02', contactCount: 6, channels: ['email', 'note'] },
      { planId: 'p1', clientId: 'k1' },
    );
    const once = addReferralToPlan(base, { date: '2026-03-04', referredName: 'Birch & Co' });
    const twice = addReferralToPlan(once, { date: '2026-04-01' });
    const referralContacts = twice.contacts.filter((c) => c.id.startsWith('r'));
    expect(referralContacts.map((c) => c.id).sort()).toEqual(['r1-ack', 'r1-close', 'r2-ack', 'r2-close']);
    const ack = twice.contacts.find((c) => c.id === 'r1-ack')!;
    expect(ack).toMatchObject({ purpose: 'acknowledge', date: '2026-03-04', referredName: 'Birch & Co' });
    expect(['email', 'note']).toContain(ack.channel);
    expect(PURPOSES.acknowledge.suggest(ack.referredName)).toContain('Birch & Co');
    expect(PURPOSES['close-loop'].suggest()).not.toMatch(/undefined/);
    // Still in date order.
    const dates = twice.contacts.map((c) => c.date);
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('upcoming touchpoints (for My plan)', () => {
  it('lists planned contacts due in the next 14 days, overdue ones first, across plans', () => {
    const a = createPlan(
      { clientName: 'A', startDate: '2026-03-02', contactCount: 6, channels: ALL_CHANNELS },
      { planId: 'pa', clientId: 'ka' },
    );
    const b = createPlan(
      { clientName: 'B', startDate: '2026-03-09', contactCount: 6, channels: ALL_CHANNELS },
      { planId: 'pb', clientId: 'kb' },
    );
    const aDone = setContactStatusInPlan(a, 'c1', 'done');
    const upcoming = listUpcomingContacts([aDone, b], '2026-03-05');
    expect(upcoming.map((u) => `${u.planId}:${u.contact.date}:${u.overdue}`)).toEqual([
      'pa:2026-03-06:false',
      'pb:2026-03-09:false',
      'pa:2026-03-13:false',
      'pb:2026-03-13:false',
    ]);
    const later = listUpcomingContacts([aDone], '2026-03-09');
    expect(later[0]).toMatchObject({ overdue: true, contact: { date: '2026-03-06' } });
    // The window ends after 14 days, today included.
    expect(listUpcomingContacts([b], '2026-02-24').map((u) => u.contact.date)).toEqual(['2026-03-09']);
    expect(listUpcomingContacts([b], '2026-02-23')).toEqual([]);
  });
});
