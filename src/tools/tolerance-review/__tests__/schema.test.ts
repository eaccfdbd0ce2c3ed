// @vitest-environment jsdom
import fc from 'fast-check';
import type { WritableAtom } from 'nanostores';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { LatestClientScore } from '../../loyalty-score/public';
import {
  CONTACT_OUTCOMES,
  PRICE_SENSITIVITIES,
  RELATIONSHIP_STRENGTHS,
  TOUCHPOINT_IDS,
  type ContactOutcome,
  type TouchpointId,
} from '../model';
import { ReviewsSchema, type ToleranceReviewRecord } from '../schema';

const KEY = 'loyalty-playbook:tolerance-review';
const TODAY = '2026-06-01';

async function loadStores() {
  vi.resetModules();
  localStorage.clear();
  const review = await import('../store');
  const scores = await import('../../loyalty-score/public');
  const today = await import('../../shared/today');
  today.setToday(TODAY);
  const $scores = scores.$latestScoreByClient as WritableAtom<Record<string, LatestClientScore>>;
  return { ...review, $scores };
}

// The first import transforms every module; on a busy machine that alone can outlast a test's time limit.
beforeAll(() => loadStores(), 60_000);

const isoDay = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2026, 5, 1)), noInvalidDate: true })
  .map((day) => day.toISOString().slice(0, 10));

/** One review as a user fills it in, and whether the client then gets a loyalty score. */
const filledReview = fc.record({
  clientName: fc.oneof(fc.constantFrom('Acme', 'ACME', ' Zoë & Co ', '=1+1'), fc.string({ maxLength: 90 })),
  reviewedOn: isoDay,
  contacts: fc.record(
    Object.fromEntries(TOUCHPOINT_IDS.map((id) => [id, fc.constantFrom(...CONTACT_OUTCOMES)])) as Record<TouchpointId, fc.Arbitrary<ContactOutcome>>,
  ),
  priceSensitivity: fc.constantFrom(...PRICE_SENSITIVITIES),
  contactChange: fc.boolean(),
  newStaff: fc.boolean(),
  recentFailure: fc.boolean(),
  strength: fc.option(fc.constantFrom(...RELATIONSHIP_STRENGTHS), { nil: undefined }),
  laterScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
});

/** A valid review to break one field at a time. */
const REVIEW: ToleranceReviewRecord = {
  id: 'r1',
  clientId: 'c1',
  reviewedOn: '2026-05-01',
  answers: {
    contacts: { service: 'below', sales: 'better', leadership: 'none', billing: 'expected', quality: 'none', marketing: 'none' },
    priceSensitivity: 'medium',
    contactChange: false,
    newStaff: true,
    recentFailure: false,
    strength: 'moderate',
  },
  strengthFrom: 'asked',
};

describe('the tolerance review’s saved-data schema', () => {
  it('accepts everything the review saves, unchanged', async () => {
    const s = await loadStores();
    let saved = 0;
    fc.assert(
      fc.property(fc.array(filledReview, { minLength: 1, maxLength: 5 }), (reviews) => {
        s.$reviews.set([]);
        for (const { laterScore, ...draft } of reviews) {
          s.updateDraft(draft);
          const result = s.saveDraft(TODAY);
          if (result.ok) saved += 1;
          if (result.ok && laterScore !== undefined) {
            const { clientId } = result.review;
            s.$scores.set({ ...s.$scores.get(), [clientId]: { clientId, score: laterScore, savedOn: TODAY } });
          }
        }
        const written = JSON.parse(localStorage.getItem(KEY)!).data;
        const parsed = ReviewsSchema.safeParse(written);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(written);
      }),
      { numRuns: 40 },
    );
    // Most drafts are savable: a property over nothing but refused drafts would prove nothing.
    expect(saved).toBeGreaterThan(40);
  });

  it('refuses the whole list for one bad value', () => {
    const answers = (change: Record<string, unknown>) => [REVIEW, { ...REVIEW, id: 'r2', answers: { ...REVIEW.answers, ...change } }];
    const refused = [
      answers({ contacts: { ...REVIEW.answers.contacts, sales: 'great' } }),
      answers({ contacts: { ...REVIEW.answers.contacts, marketing: undefined } }),
      answers({ priceSensitivity: 'extreme' }),
      answers({ strength: undefined }),
      answers({ newStaff: 'yes' }),
      [REVIEW, { ...REVIEW, reviewedOn: '2026-02-30' }],
      [REVIEW, { ...REVIEW, reviewedOn: '01/05/2026' }],
      [REVIEW, { ...REVIEW, clientId: '' }],
      [REVIEW, { ...REVIEW, strengthFrom: 'guessed' }],
      {},
    ];
    for (const data of refused) expect(ReviewsSchema.safeParse(data).success, JSON.stringify(data)).toBe(false);
  });

  it('drops fields it does not know', () => {
    const data = [{ ...REVIEW, verdict: 'outside', answers: { ...REVIEW.answers, mood: 'bad' } }];
    expect(ReviewsSchema.parse(data)).toEqual([REVIEW]);
  });
});
