/**
 * What `content/tools/tolerance-review.mdx` (and the satisfaction-and-loyalty guide) says about the review's
 * model, one claim per test, stated over every answer fast-check draws. The claims are about how the points are
 * built; none of this shows that the points predict what a client will do.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ABOVE_DESIRED_POINTS,
  assessTolerance,
  BELOW_ADEQUATE_POINTS,
  CONTACT_OUTCOMES,
  CORE_DELIVERY_WEIGHT,
  countStrainPoints,
  describeVerdictWorking,
  MAX_GOODWILL_POINTS,
  NEAR_EDGE_MARGIN_POINTS,
  NO_CONTACT_AT_ALL_POINTS,
  PRICE_SENSITIVITIES,
  RELATIONSHIP_STRENGTHS,
  SUPPORTING_TOUCHPOINT_WEIGHT,
  TOUCHPOINT_IDS,
  TOUCHPOINT_WEIGHTS,
  TOUCHPOINTS,
  ZONE_WIDTH_POINTS,
  type ContactOutcome,
  type ToleranceAnswers,
  type TouchpointId,
} from '../model';

const RUNS = 2000;

const answersArb: fc.Arbitrary<ToleranceAnswers> = fc.record({
  contacts: fc.record(
    Object.fromEntries(TOUCHPOINT_IDS.map((id) => [id, fc.constantFrom(...CONTACT_OUTCOMES)])) as Record<TouchpointId, fc.Arbitrary<ContactOutcome>>,
  ),
  priceSensitivity: fc.constantFrom(...PRICE_SENSITIVITIES),
  contactChange: fc.boolean(),
  newStaff: fc.boolean(),
  recentFailure: fc.boolean(),
  strength: fc.constantFrom(...RELATIONSHIP_STRENGTHS),
});

const CORE_DELIVERY: readonly TouchpointId[] = ['quality', 'service'];
const NOT_BELOW = CONTACT_OUTCOMES.filter((outcome) => outcome !== 'below');

function withContacts(answers: ToleranceAnswers, contacts: Partial<Record<TouchpointId, ContactOutcome>>): ToleranceAnswers {
  return { ...answers, contacts: { ...answers.contacts, ...contacts } };
}

describe('the tolerance review’s claims, over all answers', () => {
  it('weighs core delivery (product or work quality, service) at least twice marketing, and every touchpoint has a weight', () => {
    expect(TOUCHPOINT_WEIGHTS.quality).toBe(CORE_DELIVERY_WEIGHT);
    expect(TOUCHPOINT_WEIGHTS.service).toBe(CORE_DELIVERY_WEIGHT);
    expect(TOUCHPOINT_WEIGHTS.marketing).toBe(SUPPORTING_TOUCHPOINT_WEIGHT);
    expect(CORE_DELIVERY_WEIGHT).toBeGreaterThanOrEqual(2 * SUPPORTING_TOUCHPOINT_WEIGHT);
    for (const touchpoint of TOUCHPOINTS) expect(touchpoint.weight).toBeGreaterThan(0);
  });

  it('uses more of the zone for a poor product-quality or service contact than for a poor marketing contact, from the same answers', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...CORE_DELIVERY), fc.constantFrom(...NOT_BELOW), (answers, core, before) => {
        const start = withContacts(answers, { [core]: before, marketing: before });
        const poorCore = countStrainPoints(withContacts(start, { [core]: 'below' })) - countStrainPoints(start);
        const poorMarketing = countStrainPoints(withContacts(start, { marketing: 'below' })) - countStrainPoints(start);
        expect(poorCore).toBeGreaterThan(poorMarketing);
      }),
      { numRuns: RUNS },
    );
  });

  it('charges a contact below what they accept its touchpoint’s weight times the points on the page', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...TOUCHPOINT_IDS), (answers, id) => {
        const reason = assessTolerance(withContacts(answers, { [id]: 'below' })).reasons.find((r) => r.text.startsWith(TOUCHPOINTS.find((t) => t.id === id)!.label));
        expect(reason?.points).toBe(BELOW_ADEQUATE_POINTS * TOUCHPOINT_WEIGHTS[id]);
        expect(reason?.working).toBe(`${BELOW_ADEQUATE_POINTS} × weight ${TOUCHPOINT_WEIGHTS[id]}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('uses none of the zone for a contact inside it: Acceptable and What they hoped for count the same, nothing', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...TOUCHPOINT_IDS), (answers, id) => {
        const acceptable = assessTolerance(withContacts(answers, { [id]: 'acceptable' }));
        const hoped = assessTolerance(withContacts(answers, { [id]: 'hoped' }));
        expect(hoped).toEqual(acceptable);
        expect(acceptable.reasons.some((r) => r.text.includes(TOUCHPOINTS.find((t) => t.id === id)!.label.toLowerCase()))).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('charges nothing for silence at one touchpoint, and the points on the page for silence at all of them', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...TOUCHPOINT_IDS), (answers, id) => {
        const spoken = withContacts(answers, { [id]: 'acceptable' });
        const silent = withContacts(answers, { [id]: 'none' });
        const allSilent = TOUCHPOINT_IDS.every((t) => silent.contacts[t] === 'none');
        expect(countStrainPoints(silent) - countStrainPoints(spoken)).toBe(allSilent ? NO_CONTACT_AT_ALL_POINTS : 0);
      }),
      { numRuns: RUNS },
    );
  });

  it('never gives back more goodwill than the cap, and goodwill never cancels a poor core-delivery contact', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...CORE_DELIVERY), (answers, core) => {
        const goodwill = assessTolerance(answers).reasons.filter((r) => r.points < 0);
        expect(goodwill.length).toBeLessThanOrEqual(1);
        expect(-(goodwill[0]?.points ?? 0)).toBeLessThanOrEqual(MAX_GOODWILL_POINTS);
        // The same answers with no delight anywhere and the core contact acceptable: a poor core contact plus
        // any amount of delight elsewhere still uses more of the zone.
        const plain = Object.fromEntries(TOUCHPOINT_IDS.map((t) => [t, answers.contacts[t] === 'beyond' ? 'acceptable' : answers.contacts[t]]));
        const withoutEither = withContacts(answers, { ...plain, [core]: 'acceptable' });
        expect(countStrainPoints(withContacts(answers, { [core]: 'below' }))).toBeGreaterThan(countStrainPoints(withoutEither));
      }),
      { numRuns: RUNS },
    );
    expect(BELOW_ADEQUATE_POINTS * CORE_DELIVERY_WEIGHT).toBeGreaterThan(MAX_GOODWILL_POINTS);
    expect(ABOVE_DESIRED_POINTS).toBeGreaterThan(0);
  });

  it('gives a stronger relationship a wider zone, and the same answers a verdict no worse', () => {
    expect(ZONE_WIDTH_POINTS.weak).toBeLessThan(ZONE_WIDTH_POINTS.moderate);
    expect(ZONE_WIDTH_POINTS.moderate).toBeLessThan(ZONE_WIDTH_POINTS.strong);
  });

  it('says Outside at or past the width, Near the edge within the margin of it, Inside otherwise, and shows that working', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const verdict = assessTolerance(answers);
        expect(verdict.zoneWidth).toBe(ZONE_WIDTH_POINTS[answers.strength]);
        expect(verdict.strain).toBe(verdict.reasons.reduce((sum, r) => sum + r.points, 0));
        const expected =
          verdict.strain >= verdict.zoneWidth ? 'outside' : verdict.strain >= verdict.zoneWidth - NEAR_EDGE_MARGIN_POINTS ? 'near-edge' : 'inside';
        expect(verdict.status).toBe(expected);
        const working = describeVerdictWorking(verdict);
        expect(working[0]).toContain(`${verdict.zoneWidth} points`);
        expect(working[1]).toMatch(new RegExp(`${verdict.strain}\\.$`));
        expect(working.join(' ')).not.toMatch(/NaN|undefined|\[object/);
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves a client Near the edge one poor contact away from Outside (where any touchpoint is left to fall short)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const verdict = assessTolerance(answers);
        fc.pre(verdict.status === 'near-edge');
        const open = TOUCHPOINT_IDS.filter((id) => answers.contacts[id] !== 'below');
        fc.pre(open.length > 0);
        const tipping = open.filter((id) => assessTolerance(withContacts(answers, { [id]: 'below' })).status === 'outside');
        expect(tipping.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('bears out the page’s examples', () => {
    const base: ToleranceAnswers = {
      contacts: Object.fromEntries(TOUCHPOINT_IDS.map((id) => [id, 'acceptable'])) as ToleranceAnswers['contacts'],
      priceSensitivity: 'low',
      contactChange: false,
      newStaff: false,
      recentFailure: false,
      strength: 'weak',
    };
    const status = (answers: ToleranceAnswers) => assessTolerance(answers).status;
    // A weak relationship with one poor invoice is Near the edge; add a recent failure and it is Outside.
    expect(status(withContacts(base, { billing: 'below' }))).toBe('near-edge');
    expect(status({ ...withContacts(base, { billing: 'below' }), recentFailure: true })).toBe('outside');
    // The same two problems leave a strong relationship Inside.
    expect(status({ ...withContacts(base, { billing: 'below' }), recentFailure: true, strength: 'strong' })).toBe('inside');
    // One poor piece of work alone takes a weak relationship Outside; one poor newsletter leaves it Near the edge.
    expect(status(withContacts(base, { quality: 'below' }))).toBe('outside');
    expect(status(withContacts(base, { marketing: 'below' }))).toBe('near-edge');
  });
});
