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
import { readEnvelope } from '../../shared/saved-data';
import { ReviewsSchema, TOLERANCE_DATA_VERSION, TOLERANCE_MIGRATIONS, type ToleranceReviewRecord } from '../schema';

const SPEC = { name: 'tolerance-review', version: TOLERANCE_DATA_VERSION, schema: ReviewsSchema, migrations: TOLERANCE_MIGRATIONS };

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
    contacts: { service: 'below', sales: 'beyond', leadership: 'none', billing: 'acceptable', quality: 'hoped', marketing: 'none' },
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

describe('reviews saved on the old scale (version 1)', () => {
  const OLD_OUTCOMES = ['better', 'expected', 'below', 'none'] as const;
  const NEW_OUTCOME: Record<(typeof OLD_OUTCOMES)[number], ContactOutcome> = {
    below: 'below',
    expected: 'acceptable',
    better: 'beyond',
    none: 'none',
  };
  const v1Review = (contacts: Record<TouchpointId, string>) => ({ ...REVIEW, answers: { ...REVIEW.answers, contacts } });

  it('is version 2 now', () => {
    expect(TOLERANCE_DATA_VERSION).toBe(2);
  });

  it('maps "Below expected" to "Below what they accept", "As expected" to "Acceptable" and "Better than expected" to "Better than they hoped"', () => {
    const v1 = [v1Review({ service: 'below', sales: 'better', leadership: 'none', billing: 'expected', quality: 'expected', marketing: 'below' })];
    expect(readEnvelope(SPEC, { version: 1, data: v1 })).toEqual({
      ok: true,
      migratedFrom: 1,
      data: [{ ...REVIEW, answers: { ...REVIEW.answers, contacts: { service: 'below', sales: 'beyond', leadership: 'none', billing: 'acceptable', quality: 'acceptable', marketing: 'below' } } }],
    });
  });

  it('migrates every version 1 review, whatever its outcomes, to one the schema accepts, keeping everything else', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.tuple(...TOUCHPOINT_IDS.map(() => fc.constantFrom(...OLD_OUTCOMES)))), { maxLength: 4 }),
        (rows) => {
          const v1 = rows.map(([id, outcomes]) => ({ ...v1Review(Object.fromEntries(TOUCHPOINT_IDS.map((t, i) => [t, outcomes[i]!])) as Record<TouchpointId, string>), id }));
          const read = readEnvelope(SPEC, { version: 1, data: v1 });
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          expect(read.data).toEqual(
            rows.map(([id, outcomes]) => ({
              ...REVIEW,
              id,
              answers: { ...REVIEW.answers, contacts: Object.fromEntries(TOUCHPOINT_IDS.map((t, i) => [t, NEW_OUTCOME[outcomes[i]!]])) },
            })),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('still refuses a version 1 review that was bad before, and version 2 data using the old names', () => {
    expect(readEnvelope(SPEC, { version: 1, data: [v1Review({ ...REVIEW.answers.contacts, sales: 'great' })] })).toEqual({ ok: false, reason: 'invalid' });
    expect(readEnvelope(SPEC, { version: 1, data: { not: 'a list' } })).toEqual({ ok: false, reason: 'invalid' });
    expect(readEnvelope(SPEC, { version: 2, data: [v1Review({ ...REVIEW.answers.contacts, billing: 'expected' })] })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('loads an old saved list into the store, migrated, and writes it back as version 2 on the next save', async () => {
    vi.resetModules();
    localStorage.clear();
    localStorage.setItem(KEY, JSON.stringify({ version: 1, data: [v1Review({ service: 'below', sales: 'better', leadership: 'none', billing: 'expected', quality: 'none', marketing: 'none' })] }));
    const s = await import('../store');
    expect(s.$reviews.get()[0]!.answers.contacts).toMatchObject({ service: 'below', sales: 'beyond', billing: 'acceptable' });
    s.$reviews.set([...s.$reviews.get()]);
    expect(JSON.parse(localStorage.getItem(KEY)!).version).toBe(2);
  });
});
