import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessTolerance,
  buildReviewRow,
  CONTACT_OUTCOMES,
  countStrainPoints,
  describeReasonPoints,
  isReviewDue,
  findReviewDueDate,
  listReviewsNeedingAttention,
  listRecoverySteps,
  PRICE_SENSITIVITIES,
  RELATIONSHIP_STRENGTHS,
  sortReviewRows,
  TOLERANCE_STATUSES,
  toRelationshipStrength,
  LOYALTY_SCORE_MODERATE_FROM,
  LOYALTY_SCORE_STRONG_FROM,
  TOUCHPOINT_IDS,
  validateReviewDate,
  type ContactOutcome,
  type ToleranceAnswers,
  type ToleranceReviewRecord,
  type TouchpointId,
} from '../model';
import { BANDS } from '../../loyalty-score/public';

function makeAnswers(overrides: Partial<ToleranceAnswers> = {}, contacts: Partial<Record<TouchpointId, ContactOutcome>> = {}): ToleranceAnswers {
  return {
    contacts: { service: 'expected', sales: 'expected', leadership: 'expected', billing: 'expected', quality: 'expected', marketing: 'expected', ...contacts },
    priceSensitivity: 'low',
    contactChange: false,
    newStaff: false,
    recentFailure: false,
    strength: 'moderate',
    ...overrides,
  };
}

const rank = <T>(order: readonly T[], value: T) => order.indexOf(value);

/** A pair of answers where the second is, field by field, the same or worse than the first. */
const answerPairs = fc
  .record({
    contacts: fc.tuple(...TOUCHPOINT_IDS.map(() => fc.tuple(fc.constantFrom(...CONTACT_OUTCOMES), fc.constantFrom(...CONTACT_OUTCOMES)))),
    price: fc.tuple(fc.constantFrom(...PRICE_SENSITIVITIES), fc.constantFrom(...PRICE_SENSITIVITIES)),
    contactChange: fc.tuple(fc.boolean(), fc.boolean()),
    newStaff: fc.tuple(fc.boolean(), fc.boolean()),
    recentFailure: fc.tuple(fc.boolean(), fc.boolean()),
    strength: fc.tuple(fc.constantFrom(...RELATIONSHIP_STRENGTHS), fc.constantFrom(...RELATIONSHIP_STRENGTHS)),
  })
  .map(({ contacts, price, contactChange, newStaff, recentFailure, strength }) => {
    const better = <T>(order: readonly T[], [a, b]: [T, T]) => (rank(order, a) <= rank(order, b) ? a : b);
    const worse = <T>(order: readonly T[], [a, b]: [T, T]) => (rank(order, a) <= rank(order, b) ? b : a);
    const build = (pick: typeof better): ToleranceAnswers => ({
      contacts: Object.fromEntries(TOUCHPOINT_IDS.map((id, i) => [id, pick(CONTACT_OUTCOMES, contacts[i]!)])) as ToleranceAnswers['contacts'],
      priceSensitivity: pick(PRICE_SENSITIVITIES, price),
      contactChange: pick([false, true], contactChange),
      newStaff: pick([false, true], newStaff),
      recentFailure: pick([false, true], recentFailure),
      // A weaker relationship is the worse answer.
      strength: pick([...RELATIONSHIP_STRENGTHS].reverse(), strength),
    });
    return { good: build(better), bad: build(worse) };
  });

const anyAnswers = answerPairs.map(({ good }) => good);

describe('assessTolerance', () => {
  it('places a moderate relationship with every contact as expected and no pressure Inside', () => {
    const verdict = assessTolerance(makeAnswers());
    expect(verdict).toMatchObject({ status: 'inside', strain: 0, zoneWidth: 6 });
    expect(verdict.reasons).toEqual([]);
  });

  it('gives a stronger relationship a wider zone, meaning more tolerance', () => {
    const widths = RELATIONSHIP_STRENGTHS.map((strength) => assessTolerance(makeAnswers({ strength })).zoneWidth);
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(new Set(widths).size).toBe(3);
  });

  it('puts a weak relationship Near the edge after one contact below expectation', () => {
    expect(assessTolerance(makeAnswers({ strength: 'weak' }, { billing: 'below' })).status).toBe('near-edge');
  });

  it('keeps a strong relationship Inside after the same contact below expectation', () => {
    expect(assessTolerance(makeAnswers({ strength: 'strong' }, { billing: 'below' })).status).toBe('inside');
  });

  it('puts a client Outside once strain reaches the width of the zone', () => {
    const verdict = assessTolerance(makeAnswers({ strength: 'weak', recentFailure: true }, { service: 'below' }));
    expect(verdict.strain).toBe(4);
    expect(verdict.zoneWidth).toBe(4);
    expect(verdict.status).toBe('outside');
  });

  it('names every reason with its points, largest first', () => {
    const verdict = assessTolerance(
      makeAnswers({ priceSensitivity: 'high', contactChange: true, newStaff: true, recentFailure: true }, { quality: 'below', sales: 'better' }),
    );
    expect(verdict.reasons).toEqual([
      { text: 'A recent failure', points: 2 },
      { text: 'Product or work quality fell below expectation', points: 2 },
      { text: 'High price sensitivity', points: 2 },
      { text: 'A change of contact on your side', points: 1 },
      { text: 'New staff on their account', points: 1 },
      { text: 'Goodwill from contact better than expected (sales)', points: -1 },
    ]);
    expect(verdict.strain).toBe(7);
  });

  it('caps the goodwill that surprises give back, so delight cannot hide failures', () => {
    const allBetter = makeAnswers({}, Object.fromEntries(TOUCHPOINT_IDS.map((id) => [id, 'better' as const])));
    expect(countStrainPoints(allBetter)).toBe(-2);
    expect(assessTolerance(allBetter).reasons[0]!.text).toMatch(/at most 2 points/);
  });

  it('counts a relationship with no contact anywhere as drifting', () => {
    const silent = makeAnswers({}, Object.fromEntries(TOUCHPOINT_IDS.map((id) => [id, 'none' as const])));
    expect(assessTolerance(silent).reasons).toEqual([{ text: 'No recent contact at any touchpoint, so the relationship is drifting', points: 1 }]);
    expect(countStrainPoints(makeAnswers({}, { service: 'none' }))).toBe(0);
  });

  it('never lets a worse answer improve the verdict, over all inputs', () => {
    fc.assert(
      fc.property(answerPairs, ({ good, bad }) => {
        const a = assessTolerance(good);
        const b = assessTolerance(bad);
        expect(rank(TOLERANCE_STATUSES, b.status)).toBeGreaterThanOrEqual(rank(TOLERANCE_STATUSES, a.status));
        expect(b.strain - b.zoneWidth).toBeGreaterThanOrEqual(a.strain - a.zoneWidth);
      }),
      { numRuns: 2000 },
    );
  });

  it('always gives at least one recovery step and ends with a call and a handwritten thank-you, over all inputs', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const { steps } = assessTolerance(answers);
        expect(steps.at(-1)!.id).toBe('call-and-thank');
        expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
      }),
    );
  });

  it('never shows NaN, undefined or an object in its text, over all inputs', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const verdict = assessTolerance(answers);
        const text = [...verdict.reasons.map((r) => `${r.text} ${describeReasonPoints(r.points)}`), ...verdict.steps.map((s) => s.text)].join(' ');
        expect(text).not.toMatch(/NaN|undefined|\[object/);
        expect(Number.isInteger(verdict.strain)).toBe(true);
      }),
    );
  });
});

describe('listRecoverySteps', () => {
  it('asks for action at once and senior people when a client is Outside', () => {
    const ids = listRecoverySteps('outside', makeAnswers({ recentFailure: true }, { billing: 'below' })).map((s) => s.id);
    expect(ids).toEqual(['act-now', 'senior-people', 'root-cause', 'call-and-thank']);
  });

  it('names what to fix at the root', () => {
    const [step] = listRecoverySteps('near-edge', makeAnswers({ recentFailure: true }, { billing: 'below', service: 'below' }));
    expect(step!.text).toBe('Find and remove the root cause of each problem (the recent failure; service below expectation; billing and price below expectation), then tell the client what changed.');
  });

  it('answers each pressure when a client is Near the edge, but not when Inside', () => {
    const answers = makeAnswers({ contactChange: true, newStaff: true, priceSensitivity: 'medium' });
    expect(listRecoverySteps('near-edge', answers).map((s) => s.id)).toEqual(['introduce-contact', 'support-new-staff', 'show-value', 'call-and-thank']);
    expect(listRecoverySteps('inside', answers).map((s) => s.id)).toEqual(['call-and-thank']);
  });
});

describe('describeReasonPoints', () => {
  it('reads points as words, singular and plural', () => {
    expect(describeReasonPoints(2)).toBe('uses 2 points');
    expect(describeReasonPoints(1)).toBe('uses 1 point');
    expect(describeReasonPoints(-1)).toBe('gives back 1 point');
  });
});

describe('toRelationshipStrength', () => {
  it('reads loyalty scores as weak below 40, moderate from 40 and strong from 65', () => {
    expect([0, 39, 40, 64, 65, 100].map(toRelationshipStrength)).toEqual(['weak', 'weak', 'moderate', 'moderate', 'strong', 'strong']);
  });

  it("draws its lines where the scorer's bands change: 'Satisfied but not loyal' and 'Loyal'", () => {
    const bandStart = (id: string) => BANDS.find((band) => band.id === id)?.min;
    expect(LOYALTY_SCORE_MODERATE_FROM).toBe(bandStart('satisfied'));
    expect(LOYALTY_SCORE_STRONG_FROM).toBe(bandStart('loyal'));
  });

  it('never reads a higher score as a weaker relationship, over all scores', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank(RELATIONSHIP_STRENGTHS, toRelationshipStrength(high))).toBeGreaterThanOrEqual(rank(RELATIONSHIP_STRENGTHS, toRelationshipStrength(low)));
      }),
    );
  });
});

describe('review due', () => {
  it('falls due 90 days after the review, not a day earlier', () => {
    expect(findReviewDueDate('2026-01-01')).toBe('2026-04-01');
    expect(isReviewDue('2026-01-01', '2026-03-31')).toBe(false);
    expect(isReviewDue('2026-01-01', '2026-04-01')).toBe(true);
    expect(isReviewDue('2025-01-01', '2026-04-01')).toBe(true);
  });
});

describe('validateReviewDate', () => {
  it('accepts today and earlier days', () => {
    expect(validateReviewDate('2026-05-10', '2026-05-10')).toEqual({ ok: true, date: '2026-05-10' });
    expect(validateReviewDate(' 2025-12-31 ', '2026-05-10')).toEqual({ ok: true, date: '2025-12-31' });
  });

  it('refuses an empty, impossible or future date with a message', () => {
    expect(validateReviewDate('', '2026-05-10')).toEqual({ ok: false, message: 'Enter the date of the review.' });
    expect(validateReviewDate('2026-02-30', '2026-05-10')).toMatchObject({ ok: false, message: expect.stringContaining('real date') });
    expect(validateReviewDate('2026-05-11', '2026-05-10')).toMatchObject({ ok: false, message: expect.stringContaining('after today') });
  });
});

describe('the list', () => {
  const record = (id: string, reviewedOn: string, answers: ToleranceAnswers): ToleranceReviewRecord => ({ id, clientId: `c-${id}`, reviewedOn, answers, strengthFrom: 'asked' });
  const today = '2026-06-01';
  const rows = [
    buildReviewRow(record('a', '2026-05-01', makeAnswers()), 'bravo ltd', today),
    buildReviewRow(record('b', '2026-01-15', makeAnswers({ strength: 'weak', recentFailure: true }, { billing: 'below' })), 'Alpha & Co', today),
    buildReviewRow(record('c', '2026-04-20', makeAnswers({ strength: 'weak' }, { service: 'below' })), 'Charlie', today),
  ];

  it('works out each row’s verdict and whether its review is due', () => {
    expect(rows.map((r) => [r.verdict.status, r.due, r.dueOn])).toEqual([
      ['inside', false, '2026-07-30'],
      ['outside', true, '2026-04-15'],
      ['near-edge', false, '2026-07-19'],
    ]);
  });

  it('sorts by status, name and date of review, both ways', () => {
    const names = (key: 'status' | 'name' | 'reviewedOn', direction: 'ascending' | 'descending') =>
      sortReviewRows(rows, { key, direction }).map((r) => r.clientName);
    expect(names('status', 'descending')).toEqual(['Alpha & Co', 'Charlie', 'bravo ltd']);
    expect(names('status', 'ascending')).toEqual(['bravo ltd', 'Charlie', 'Alpha & Co']);
    expect(names('name', 'ascending')).toEqual(['Alpha & Co', 'bravo ltd', 'Charlie']);
    expect(names('name', 'descending')).toEqual(['Charlie', 'bravo ltd', 'Alpha & Co']);
    expect(names('reviewedOn', 'ascending')).toEqual(['Alpha & Co', 'Charlie', 'bravo ltd']);
    expect(names('reviewedOn', 'descending')).toEqual(['bravo ltd', 'Charlie', 'Alpha & Co']);
  });

  it('picks clients Outside or Near the edge, and reviews due, for My plan', () => {
    const inside = buildReviewRow(record('d', '2025-01-01', makeAnswers()), 'Delta', today);
    expect(listReviewsNeedingAttention([...rows, inside]).map((r) => r.clientName)).toEqual(['Alpha & Co', 'Charlie', 'Delta']);
  });
});
