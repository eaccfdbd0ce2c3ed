import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, CONTACT_STATUSES, moveContactInPlan, setContactStatusInPlan } from '../contacts';
import { addReferralToPlan, createPlan } from '../model';
import { PlannerDataSchema, type TouchpointPlan } from '../schema';

const isoDay = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((day) => day.toISOString().slice(0, 10));

/** A plan as the planner makes it, then edited the ways the planner edits plans. */
const writtenPlan = fc
  .record({
    startDate: isoDay,
    contactCount: fc.integer({ min: 6, max: 8 }),
    channels: fc.subarray([...CHANNELS], { minLength: 1 }),
    referrals: fc.array(fc.record({ date: isoDay, referredName: fc.option(fc.string({ minLength: 1, maxLength: 80 }), { nil: undefined }) }), {
      maxLength: 3,
    }),
    edits: fc.array(
      fc.oneof(
        fc.record({ index: fc.nat(), status: fc.constantFrom(...CONTACT_STATUSES) }),
        fc.record({ index: fc.nat(), date: isoDay }),
      ),
      { maxLength: 6 },
    ),
    replace: fc.boolean(),
  })
  .map(({ startDate, contactCount, channels, referrals, edits, replace }) => {
    const request = { clientName: 'Acme', startDate, contactCount, channels };
    let plan: TouchpointPlan = createPlan(request, { planId: 'p1', clientId: 'c1' });
    for (const referral of referrals) {
      plan = addReferralToPlan(plan, referral.referredName ? referral : { date: referral.date });
    }
    for (const edit of edits) {
      const contact = plan.contacts[edit.index % plan.contacts.length]!;
      plan = 'status' in edit ? setContactStatusInPlan(plan, contact.id, edit.status) : moveContactInPlan(plan, contact.id, edit.date);
    }
    return replace ? createPlan(request, { planId: 'p2', clientId: 'c1' }, plan) : plan;
  });

/** A valid plan to break one field at a time. */
const PLAN: TouchpointPlan = createPlan(
  { clientName: 'Acme', startDate: '2026-03-02', contactCount: 6, channels: ['call'] },
  { planId: 'p1', clientId: 'c1' },
);

function withContact(change: Record<string, unknown>) {
  return { plans: [{ ...PLAN, contacts: [PLAN.contacts[0], { ...PLAN.contacts[1], ...change }] }] };
}

describe('the touchpoint planner’s saved-data schema', () => {
  it('accepts everything the planner writes, unchanged', () => {
    fc.assert(
      fc.property(fc.array(writtenPlan, { maxLength: 3 }), (plans) => {
        const data = JSON.parse(JSON.stringify({ plans }));
        const parsed = PlannerDataSchema.safeParse(data);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(data);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses the whole list for one bad value', () => {
    const refused = [
      withContact({ channel: 'fax' }),
      withContact({ purpose: 'upsell' }),
      withContact({ status: 'maybe' }),
      withContact({ date: '2026-02-30' }),
      withContact({ date: '2026-3-2' }),
      withContact({ revision: -1 }),
      withContact({ revision: 1.5 }),
      withContact({ revision: '1' }),
      withContact({ id: '' }),
      withContact({ referredName: '' }),
      withContact({ referredName: 'x'.repeat(81) }),
      { plans: [{ ...PLAN, channels: [] }] },
      { plans: [{ ...PLAN, clientId: '' }] },
      { plans: [{ ...PLAN, startDate: '2026-02-29' }] },
      { plans: [PLAN, { ...PLAN, contacts: undefined }] },
      { plans: {} },
      [],
    ];
    for (const data of refused) expect(PlannerDataSchema.safeParse(data).success, JSON.stringify(data)).toBe(false);
  });

  it('drops fields it does not know', () => {
    const data = { plans: [{ ...PLAN, colour: 'red', contacts: PLAN.contacts.map((c) => ({ ...c, note: 'x' })) }], extra: 1 };
    expect(PlannerDataSchema.parse(data)).toEqual({ plans: [PLAN] });
  });
});
