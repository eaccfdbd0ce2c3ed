/**
 * Every claim `content/tools/touchpoint-planner.mdx` and the referral-cycle guide make about the planner's
 * model, stated as a property over all start dates, sizes and channel choices (issue 13). Each test is
 * named after the sentence it checks; change the page and the model together.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToIsoDate, isWorkingDay, toWorkingDayOnOrAfter } from '../../shared/calendar-date';
import { NEW_CLIENT_CONTACTS, REFERRER_THANKS } from '../../shared/playbook-facts';
import { CHANNELS, MAX_CONTACTS, MIN_CONTACTS } from '../contacts';
import {
  addReferralToPlan,
  CLOSE_THE_LOOP_AFTER_WORKING_DAYS,
  createPlan,
  FRONT_LOADED_DAYS,
  PLAN_WINDOW_DAYS,
  PURPOSES,
  REFERRAL_EARLIEST_POSITION,
  schedulePlanContacts,
  scheduleReferralFollowUps,
} from '../model';
import type { Channel } from '../schema';

/** Calendar days between ISO dates, computed in UTC independently of the code under test. */
function daysBetween(from: string, to: string): number {
  const toUtc = (date: string) => Date.parse(`${date}T00:00:00Z`);
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** Counts working days strictly after `from` up to and including `to`, day by day. */
function countWorkingDaysAfter(from: string, to: string): number {
  let count = 0;
  for (let day = addDaysToIsoDate(from, 1); day <= to; day = addDaysToIsoDate(day, 1)) if (isWorkingDay(day)) count += 1;
  return count;
}

const isoDate = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((day) => day.toISOString().slice(0, 10));
const contactCount = fc.integer({ min: MIN_CONTACTS, max: MAX_CONTACTS });
const channels = fc.subarray<Channel>([...CHANNELS], { minLength: 1 });

describe('the touchpoint planner page', () => {
  it('"spreads 6 to 8 contacts over those 60 days": the counts and window come from the shared facts', () => {
    expect([MIN_CONTACTS, MAX_CONTACTS, PLAN_WINDOW_DAYS]).toEqual([
      NEW_CLIENT_CONTACTS.min,
      NEW_CLIENT_CONTACTS.max,
      NEW_CLIENT_CONTACTS.windowDays,
    ]);
    fc.assert(
      fc.property(isoDate, contactCount, channels, (start, count, allowed) => {
        const contacts = schedulePlanContacts({ startDate: start, contactCount: count, channels: allowed });
        expect(contacts).toHaveLength(count);
        for (const contact of contacts) {
          expect(daysBetween(start, contact.date)).toBeGreaterThanOrEqual(0);
          expect(daysBetween(start, contact.date)).toBeLessThan(PLAN_WINDOW_DAYS);
        }
      }),
    );
  });

  it('"a thank-you on the start date or the next working day", and every contact on a working day', () => {
    fc.assert(
      fc.property(isoDate, contactCount, channels, (start, count, allowed) => {
        const contacts = schedulePlanContacts({ startDate: start, contactCount: count, channels: allowed });
        expect(contacts[0]!.purpose).toBe('thank');
        expect(contacts[0]!.date).toBe(toWorkingDayOnOrAfter(start));
        expect(contacts.every((contact) => isWorkingDay(contact.date))).toBe(true);
      }),
    );
  });

  it('"at least half of the contacts in the first three weeks and longer gaps after"', () => {
    expect(FRONT_LOADED_DAYS / 7).toBe(3);
    fc.assert(
      fc.property(isoDate, contactCount, channels, (start, count, allowed) => {
        const offsets = schedulePlanContacts({ startDate: start, contactCount: count, channels: allowed }).map((c) =>
          daysBetween(start, c.date),
        );
        const early = offsets.filter((offset) => offset < FRONT_LOADED_DAYS);
        expect(early.length).toBeGreaterThanOrEqual(count / 2);
        const gaps = offsets.slice(1).map((offset, i) => ({ from: offsets[i]!, length: offset - offsets[i]! }));
        const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
        const earlyGaps = gaps.filter((gap) => gap.from < FRONT_LOADED_DAYS).map((gap) => gap.length);
        const laterGaps = gaps.filter((gap) => gap.from >= FRONT_LOADED_DAYS).map((gap) => gap.length);
        expect(mean(laterGaps)).toBeGreaterThan(mean(earlyGaps));
      }),
    );
  });

  it('"the referral conversation never comes before contact number 4: it waits until a review"', () => {
    expect(PURPOSES.referral.label).toBe('Referral conversation');
    fc.assert(
      fc.property(isoDate, contactCount, channels, (start, count, allowed) => {
        const purposes = schedulePlanContacts({ startDate: start, contactCount: count, channels: allowed }).map((c) => c.purpose);
        const position = purposes.indexOf('referral') + 1;
        expect(position).toBeGreaterThanOrEqual(REFERRAL_EARLIEST_POSITION);
        expect(purposes.slice(0, position - 1)).toContain('review');
      }),
    );
  });

  it('"uses the best one you allow and, when another you allow suits too, does not use the same one twice in a row"', () => {
    fc.assert(
      fc.property(isoDate, contactCount, channels, (start, count, allowed) => {
        const contacts = schedulePlanContacts({ startDate: start, contactCount: count, channels: allowed });
        contacts.forEach((contact, i) => {
          const fitting = PURPOSES[contact.purpose].channelPreference.filter((channel) => allowed.includes(channel));
          const previous = contacts[i - 1]?.channel;
          if (fitting.length > 1) expect(contact.channel).not.toBe(previous);
          // The best fitting channel, unless it would repeat the one before.
          const best = fitting[0] === previous && fitting.length > 1 ? fitting[1] : fitting[0];
          expect(contact.channel).toBe(best);
        });
      }),
    );
  });

  it('"a thank-you the same day (the next working day if it came at a weekend) and, 10 working days later, a contact to tell them how it went"', () => {
    expect(REFERRER_THANKS.phrase).toBe('the same day');
    fc.assert(
      fc.property(isoDate, (referral) => {
        const { acknowledge, closeLoop } = scheduleReferralFollowUps(referral);
        if (isWorkingDay(referral)) expect(acknowledge).toBe(referral);
        else {
          expect(isWorkingDay(acknowledge)).toBe(true);
          // Saturday or Sunday: the Monday after, with no working day in between.
          expect(countWorkingDaysAfter(referral, acknowledge)).toBe(1);
        }
        expect(countWorkingDaysAfter(acknowledge, closeLoop)).toBe(CLOSE_THE_LOOP_AFTER_WORKING_DAYS);
        expect(isWorkingDay(closeLoop)).toBe(true);
      }),
    );
  });

  it('logging a referral adds exactly those two contacts to the plan', () => {
    fc.assert(
      fc.property(isoDate, isoDate, contactCount, channels, (start, referral, count, allowed) => {
        const plan = createPlan({ clientName: 'Acme', startDate: start, contactCount: count, channels: allowed }, { planId: 'p', clientId: 'c' });
        const after = addReferralToPlan(plan, { date: referral });
        const added = after.contacts.filter((contact) => !plan.contacts.some((c) => c.id === contact.id));
        const dates = scheduleReferralFollowUps(referral);
        expect(added.map((c) => [c.purpose, c.date])).toEqual(
          expect.arrayContaining([
            ['acknowledge', dates.acknowledge],
            ['close-loop', dates.closeLoop],
          ]),
        );
        expect(added).toHaveLength(2);
      }),
    );
  });
});
