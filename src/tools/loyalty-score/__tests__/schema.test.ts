// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { INPUT_IDS, RATING_MAX, RATING_MIN } from '../model';
import { DRAFT_NAME_MAX_CHARS, EntriesSchema, SCORER_DRAFT_MIGRATIONS, SCORER_DRAFT_VERSION, ScorecardsSchema, ScorerDraftSchema } from '../schema';
import { readEnvelope } from '../../shared/saved-data';
import { $clients } from '../../shared/clients';
import { toIsoDate } from '../../shared/calendar-date';
import { setToday } from '../../shared/today';
import { $scorecards } from '../store';
import { $deleted, deleteScorecard, openScorecard, renameScorecardClient, saveScorecard, undoDelete } from '../scorecards-store';
import { $draft, applyShareQuery, INITIAL_DRAFT, setClientName, setFieldText, startNewScorecard } from '../draft-store';

/** Every rating at 5: test data (the form itself starts unrated). */
const MIDDLE_ENTRIES = { core: 5, surprise: 5, personal: 5, integrity: 5, competence: 5, delivery: 5, extraMile: 5 };


const CARD = { id: 's1', clientId: 'c1', savedOn: '2026-03-01', entries: MIDDLE_ENTRIES };

describe('EntriesSchema', () => {
  it('keeps the seven ratings of saved data and drops anything else', () => {
    expect(EntriesSchema.safeParse({ ...MIDDLE_ENTRIES, core: 0, note: 'x' })).toEqual({ success: true, data: { ...MIDDLE_ENTRIES, core: 0 } });
  });

  it.each([
    ['a missing rating', { core: 5 }],
    ['a rating above 10', { ...MIDDLE_ENTRIES, delivery: 11 }],
    ['a rating below 0', { ...MIDDLE_ENTRIES, delivery: -1 }],
    ['a fraction', { ...MIDDLE_ENTRIES, delivery: 2.5 }],
    ['a rating written as text', { ...MIDDLE_ENTRIES, delivery: '5' }],
    ['no object at all', 'core=5'],
  ])('refuses %s', (_, value) => {
    expect(EntriesSchema.safeParse(value).success).toBe(false);
  });

  it('accepts exactly the whole numbers 0–10 for every input', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INPUT_IDS), fc.oneof(fc.integer({ min: -20, max: 30 }), fc.double()), (id, rating) => {
        const isRating = Number.isInteger(rating) && rating >= RATING_MIN && rating <= RATING_MAX;
        expect(EntriesSchema.safeParse({ ...MIDDLE_ENTRIES, [id]: rating }).success).toBe(isRating);
      }),
    );
  });
});

describe('ScorerDraftSchema', () => {
  it('keeps the reopened scorecard when there is one, and drops unknown fields', () => {
    expect(ScorerDraftSchema.safeParse({ entries: MIDDLE_ENTRIES, clientName: 'A', openedScorecardId: 's1', junk: 1 })).toEqual({
      success: true,
      data: { entries: MIDDLE_ENTRIES, clientName: 'A', openedScorecardId: 's1' },
    });
    expect(ScorerDraftSchema.safeParse({ entries: MIDDLE_ENTRIES, clientName: '' })).toEqual({
      success: true,
      data: { entries: MIDDLE_ENTRIES, clientName: '' },
    });
  });

  it.each([
    ['an over-long client name', { entries: MIDDLE_ENTRIES, clientName: 'x'.repeat(DRAFT_NAME_MAX_CHARS + 1) }],
    ['a reopened scorecard id that is not text', { entries: MIDDLE_ENTRIES, clientName: '', openedScorecardId: 7 }],
    ['bad ratings', { entries: { ...MIDDLE_ENTRIES, core: 11 }, clientName: '' }],
  ])('refuses %s', (_, value) => {
    expect(ScorerDraftSchema.safeParse(value).success).toBe(false);
  });
});

describe('ScorecardsSchema', () => {
  it('keeps valid scorecards, dropping unknown fields', () => {
    expect(ScorecardsSchema.safeParse([{ ...CARD, score: 50 }])).toEqual({ success: true, data: [CARD] });
  });

  it.each([
    ['a day that does not exist', { ...CARD, savedOn: '2026-02-30' }],
    ['a date that is not YYYY-MM-DD', { ...CARD, savedOn: '1 March 2026' }],
    ['an empty id', { ...CARD, id: '' }],
    ['an empty client id', { ...CARD, clientId: '' }],
    ['bad ratings', { ...CARD, entries: { core: 5 } }],
  ])('refuses the whole list for one scorecard with %s', (_, bad) => {
    expect(ScorecardsSchema.safeParse([CARD, bad]).success).toBe(false);
  });

  it('refuses anything but a list', () => {
    expect(ScorecardsSchema.safeParse({ 0: CARD }).success).toBe(false);
  });
});

describe('what the scorer writes', () => {
  beforeEach(() => {
    localStorage.clear();
    $clients.set([]);
    $scorecards.set([]);
    $deleted.set(undefined);
    startNewScorecard();
  });

  /** Reads back what a saved store wrote under its key. */
  function readStored(name: string): unknown {
    const raw = localStorage.getItem(`loyalty-playbook:${name}`);
    return raw === null ? undefined : (JSON.parse(raw) as { data: unknown }).data;
  }

  const pickIndex = fc.nat();
  const action = fc.oneof(
    fc.record({ kind: fc.constant('rating' as const), id: fc.constantFrom(...INPUT_IDS), text: fc.oneof(fc.string(), fc.integer({ min: -5, max: 15 }).map(String)), bad: fc.boolean() }),
    fc.record({ kind: fc.constant('name' as const), text: fc.oneof(fc.string({ maxLength: DRAFT_NAME_MAX_CHARS + 200 }), fc.constantFrom('Acme', ' birch ', 'Cedar & Co')) }),
    fc.record({ kind: fc.constant('save' as const) }),
    fc.record({ kind: fc.constant('day' as const), date: fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }) }),
    fc.record({ kind: fc.constant('open' as const), index: pickIndex }),
    fc.record({ kind: fc.constant('rename' as const), index: pickIndex, text: fc.string() }),
    fc.record({ kind: fc.constant('delete' as const), index: pickIndex }),
    fc.record({ kind: fc.constant('undo' as const) }),
    fc.record({ kind: fc.constant('new' as const) }),
    fc.record({ kind: fc.constant('link' as const), query: fc.string() }),
    // Rating all seven at once, so that saving (which needs every rating) happens often enough to matter.
    fc.record({ kind: fc.constant('rate-all' as const), ratings: fc.array(fc.integer({ min: RATING_MIN, max: RATING_MAX }), { minLength: 7, maxLength: 7 }) }),
  );

  function pickCard(index: number): string | undefined {
    const cards = $scorecards.get();
    return cards.length === 0 ? undefined : cards[index % cards.length]!.id;
  }

  it('is accepted by its schemas and reads back as what the stores hold', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        localStorage.clear();
        $clients.set([]);
        $scorecards.set([]);
        startNewScorecard();
        setToday('2026-04-01');
        for (const step of actions) {
          if (step.kind === 'rating') setFieldText(step.id, step.text, step.bad);
          else if (step.kind === 'name') setClientName(step.text);
          else if (step.kind === 'save') saveScorecard();
          else if (step.kind === 'day') setToday(toIsoDate(step.date));
          else if (step.kind === 'open') openScorecard(pickCard(step.index) ?? '');
          else if (step.kind === 'rename') renameScorecardClient(pickCard(step.index) ?? '', step.text);
          else if (step.kind === 'delete') deleteScorecard(pickCard(step.index) ?? '');
          else if (step.kind === 'undo') undoDelete();
          else if (step.kind === 'new') startNewScorecard();
          else if (step.kind === 'rate-all') INPUT_IDS.forEach((id, i) => setFieldText(id, String(step.ratings[i])));
          else applyShareQuery(`?${step.query}`);
        }
        // A store that never changed wrote nothing: it still holds its starting state.
        const draft = readStored('loyalty-score');
        if (draft === undefined) expect($draft.get()).toEqual(INITIAL_DRAFT);
        else expect(ScorerDraftSchema.safeParse(draft)).toEqual({ success: true, data: $draft.get() });
        const cards = readStored('loyalty-scorecards');
        if (cards === undefined) expect($scorecards.get()).toEqual([]);
        else expect(ScorecardsSchema.safeParse(cards)).toEqual({ success: true, data: $scorecards.get() });
      }),
      { numRuns: 150 },
    );
  });
});

describe('the draft, version 2', () => {
  it('accepts a form with only some inputs rated, or none, and still refuses a bad rating', () => {
    expect(ScorerDraftSchema.safeParse({ entries: {}, clientName: '' }).success).toBe(true);
    expect(ScorerDraftSchema.safeParse({ entries: { core: 3, extraMile: 0 }, clientName: 'A' }).success).toBe(true);
    expect(ScorerDraftSchema.safeParse({ entries: { core: 3, extraMile: 11 }, clientName: 'A' }).success).toBe(false);
    expect(ScorerDraftSchema.safeParse({ entries: { core: null }, clientName: 'A' }).success).toBe(false);
  });

  it('starts the draft store from the unrated draft, at version 2', async () => {
    const { listSavedStores } = await import('../../shared/saved-store');
    const store = listSavedStores().find((entry) => entry.spec.name === 'loyalty-score');
    expect(store?.spec.initial).toEqual({ entries: {}, clientName: '' });
    expect(store?.spec.initial).toEqual(INITIAL_DRAFT);
    expect(store?.spec.version).toBe(SCORER_DRAFT_VERSION);
    expect(SCORER_DRAFT_VERSION).toBe(2);
  });

  it('migrates a version 1 draft: an untouched one (5 everywhere, no client, nothing reopened) becomes unrated, any other keeps its ratings', () => {
    const spec = { name: 'loyalty-score', version: SCORER_DRAFT_VERSION, schema: ScorerDraftSchema, migrations: SCORER_DRAFT_MIGRATIONS };
    expect(readEnvelope(spec, { version: 1, data: { entries: MIDDLE_ENTRIES, clientName: '' } })).toEqual({ ok: true, migratedFrom: 1, data: INITIAL_DRAFT });
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(INPUT_IDS.map((id) => [id, fc.integer({ min: RATING_MIN, max: RATING_MAX })])) as Record<string, fc.Arbitrary<number>>),
        fc.constantFrom('', 'Acme'),
        fc.option(fc.constant('card-1'), { nil: undefined }),
        (entries, clientName, openedScorecardId) => {
          const data = openedScorecardId === undefined ? { entries, clientName } : { entries, clientName, openedScorecardId };
          const untouched = Object.values(entries).every((rating) => rating === 5) && clientName === '' && openedScorecardId === undefined;
          expect(readEnvelope(spec, { version: 1, data })).toEqual({ ok: true, migratedFrom: 1, data: untouched ? INITIAL_DRAFT : data });
        },
      ),
      { numRuns: 300 },
    );
    expect(readEnvelope(spec, { version: 1, data: { entries: { ...MIDDLE_ENTRIES, core: 12 }, clientName: '' } })).toEqual({ ok: false, reason: 'invalid' });
  });
});
