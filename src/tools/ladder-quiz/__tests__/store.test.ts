// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANSWER_LEVELS, STATEMENT_IDS, type AnswerLevel } from '../model';
import { LadderQuizDataSchema } from '../schema';

const KEY = 'loyalty-playbook:ladder-quiz';

/** Loads the store module afresh, as a new page load would. */
async function loadStore() {
  vi.resetModules();
  const today = await import('../../shared/today');
  today.setToday('2026-03-10');
  const quiz = await import('../store');
  const saved = await import('../../shared/saved-store');
  return { ...quiz, ...today, $savedDataNotices: saved.$savedDataNotices, listSavedStores: saved.listSavedStores };
}

function answerAll(setAnswer: (id: string, level: AnswerLevel) => void, level: AnswerLevel) {
  for (const id of STATEMENT_IDS) setAnswer(id, level);
}

// The first import compiles the modules (zod among them); on a busy machine that alone can pass the default 5 s.
beforeAll(() => loadStore(), 60_000);

beforeEach(() => localStorage.clear());

describe('the ladder quiz store', () => {
  it('keeps answers across a reload', async () => {
    const first = await loadStore();
    first.setAnswer(STATEMENT_IDS[0], 'mostly');
    const second = await loadStore();
    expect(second.$ladderQuiz.get().answers).toEqual({ [STATEMENT_IDS[0]]: 'mostly' });
  });

  it('ignores an answer to a statement it does not know', async () => {
    const { setAnswer, $ladderQuiz } = await loadStore();
    setAnswer('no-such-statement', 'always');
    expect($ladderQuiz.get().answers).toEqual({});
  });

  it('records no result until every statement is answered', async () => {
    const { setAnswer, $ladderQuiz, $latestLadderResult } = await loadStore();
    for (const id of STATEMENT_IDS.slice(1)) setAnswer(id, 'always');
    expect($ladderQuiz.get().history).toEqual([]);
    expect($latestLadderResult.get()).toBeUndefined();
  });

  it('records the result of a completed quiz with today’s date, once a day', async () => {
    const { setAnswer, setToday, $ladderQuiz, $latestLadderResult } = await loadStore();
    answerAll(setAnswer, 'always');
    setAnswer(STATEMENT_IDS[3]!, 'not-yet');
    expect($ladderQuiz.get().history).toEqual([{ date: '2026-03-10', stepNumber: 1 }]);
    setToday('2026-04-02');
    setAnswer(STATEMENT_IDS[3]!, 'always');
    expect($ladderQuiz.get().history).toEqual([
      { date: '2026-03-10', stepNumber: 1 },
      { date: '2026-04-02', stepNumber: 5 },
    ]);
    expect($latestLadderResult.get()).toEqual({ stepNumber: 5, label: 'Step 5 of 5: Partnership', date: '2026-04-02' });
  });

  it('places the current answers', async () => {
    const { setAnswer, $ladderPlacement } = await loadStore();
    expect($ladderPlacement.get()).toMatchObject({ kind: 'incomplete', remaining: 15 });
    answerAll(setAnswer, 'mostly');
    expect($ladderPlacement.get()).toMatchObject({ kind: 'placed', stepNumber: 5 });
  });

  it('starts again without losing past results, and undoes that', async () => {
    const { setAnswer, startAgain, restoreAnswers, $ladderQuiz } = await loadStore();
    answerAll(setAnswer, 'always');
    const cleared = startAgain();
    expect($ladderQuiz.get()).toEqual({ answers: {}, history: [{ date: '2026-03-10', stepNumber: 5 }] });
    restoreAnswers(cleared);
    expect(Object.keys($ladderQuiz.get().answers)).toHaveLength(15);
  });

  it('takes answers from a share link without recording them as this user’s result, with undo', async () => {
    const { setAnswer, applySharedAnswers, restoreAnswers, $ladderQuiz } = await loadStore();
    setAnswer(STATEMENT_IDS[0], 'sometimes');
    const linked = Object.fromEntries(STATEMENT_IDS.map((id) => [id, 'always' as const]));
    const previous = applySharedAnswers(linked);
    expect($ladderQuiz.get()).toEqual({ answers: linked, history: [] });
    restoreAnswers(previous);
    expect($ladderQuiz.get().answers).toEqual({ [STATEMENT_IDS[0]]: 'sometimes' });
  });

  it('sets corrupt saved data aside with a notice and starts empty', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, data: { answers: { 'basics-on-time': 'often' }, history: [] } }));
    const { $ladderQuiz, $savedDataNotices } = await loadStore();
    expect($ladderQuiz.get()).toEqual({ answers: {}, history: [] });
    expect($savedDataNotices.get()[0]?.message).toMatch(/Loyalty-ladder quiz.*set aside/);
  });

  it('refuses a history entry with an impossible date or step', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, data: { answers: {}, history: [{ date: '2026-02-30', stepNumber: 2 }] } }));
    expect((await loadStore()).$ladderQuiz.get().history).toEqual([]);
    localStorage.setItem(KEY, JSON.stringify({ version: 1, data: { answers: {}, history: [{ date: '2026-02-03', stepNumber: 6 }] } }));
    expect((await loadStore()).$ladderQuiz.get().history).toEqual([]);
  });

  it('saves only data its schema accepts as it is, over all sequences of answers, days and restarts', async () => {
    const { setAnswer, setToday, startAgain, applySharedAnswers, $ladderQuiz } = await loadStore();
    const action = fc.oneof(
      fc.record({ kind: fc.constant('answer' as const), id: fc.constantFrom(...STATEMENT_IDS), level: fc.constantFrom(...ANSWER_LEVELS) }),
      fc.record({ kind: fc.constant('day' as const), day: fc.integer({ min: 0, max: 3_000 }) }),
      fc.record({ kind: fc.constant('again' as const) }),
      fc.record({ kind: fc.constant('link' as const), level: fc.constantFrom(...ANSWER_LEVELS) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        $ladderQuiz.set({ answers: {}, history: [] });
        for (const step of actions) {
          if (step.kind === 'answer') setAnswer(step.id, step.level);
          else if (step.kind === 'day') setToday(new Date(Date.UTC(2024, 0, 1 + step.day)).toISOString().slice(0, 10));
          else if (step.kind === 'again') startAgain();
          else applySharedAnswers(Object.fromEntries(STATEMENT_IDS.map((id) => [id, step.level])));
        }
        const saved = JSON.parse(localStorage.getItem(KEY)!).data;
        expect(LadderQuizDataSchema.safeParse(saved)).toEqual({ success: true, data: $ladderQuiz.get() });
      }),
      { numRuns: 50 },
    );
  });

  it('registers itself for My plan’s export and import', async () => {
    const { listSavedStores } = await loadStore();
    expect(listSavedStores().map((entry) => entry.spec.name)).toContain('ladder-quiz');
  });
});
