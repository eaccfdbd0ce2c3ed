import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToIsoDate } from '../../shared/calendar-date';
import {
  ANSWER_LEVELS,
  ANSWER_POINTS,
  buildShareUrl,
  describeClimbTime,
  describeStep,
  encodeShareAnswers,
  LADDER_STATEMENTS,
  LADDER_STEPS,
  listNextActions,
  MAX_RESULT_RECORDS,
  parseShareQuery,
  placeOnLadder,
  recordResult,
  scoreStep,
  STATEMENT_IDS,
  type AnswerLevel,
} from '../model';
import { LadderQuizDataSchema, type LadderAnswers } from '../schema';

/** Answers every statement of steps 1–5 with the given three answers per step. */
function answerSteps(...perStep: [AnswerLevel, AnswerLevel, AnswerLevel][]): LadderAnswers {
  const answers: LadderAnswers = {};
  LADDER_STEPS.forEach((step, i) => step.statements.forEach((s, j) => (answers[s.id] = perStep[i]![j])));
  return answers;
}

const ALWAYS: [AnswerLevel, AnswerLevel, AnswerLevel] = ['always', 'always', 'always'];
const NOT_YET: [AnswerLevel, AnswerLevel, AnswerLevel] = ['not-yet', 'not-yet', 'not-yet'];

function allAnswered(level: AnswerLevel): LadderAnswers {
  return Object.fromEntries(STATEMENT_IDS.map((id) => [id, level]));
}

const arbitraryAnswers = fc.tuple(...STATEMENT_IDS.map(() => fc.constantFrom(...ANSWER_LEVELS))).map((levels) =>
  Object.fromEntries(STATEMENT_IDS.map((id, i) => [id, levels[i]!])) as LadderAnswers,
);

function stepReached(answers: LadderAnswers): number {
  const placement = placeOnLadder(answers);
  if (placement.kind !== 'placed') throw new Error('expected a placement');
  return placement.stepNumber;
}

describe('the quiz', () => {
  it('has five steps in the order of the ladder, each with three statements and three actions', () => {
    expect(LADDER_STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    expect(LADDER_STEPS.map((s) => s.name)).toEqual(['The basics', 'Great service', 'Loyalty begins', 'Beyond expectations', 'Partnership']);
    for (const step of LADDER_STEPS) {
      expect(step.statements).toHaveLength(3);
      expect(step.actions).toHaveLength(3);
    }
  });

  it('gives every statement its own id', () => {
    expect(new Set(STATEMENT_IDS).size).toBe(15);
    expect(LADDER_STATEMENTS).toHaveLength(15);
  });

  it('links every action to a site path without a leading slash, so the base path can be added', () => {
    for (const stepNumber of [0, 1, 2, 3, 4, 5]) {
      for (const action of listNextActions(stepNumber)) {
        expect(action.path).toMatch(/^(playbook|tools)\/[a-z-]+\/(#[a-z-]+)?$/);
      }
    }
  });

  it('sends at least one action of each set into the loyalty-ladder guidance or the glossary', () => {
    for (const stepNumber of [0, 1, 2, 3, 4, 5]) {
      expect(listNextActions(stepNumber).some((a) => /^playbook\/(loyalty-ladder|glossary)\//.test(a.path))).toBe(true);
    }
  });
});

describe('scoreStep', () => {
  const step = LADDER_STEPS[0]!;
  const score = (a: AnswerLevel, b: AnswerLevel, c: AnswerLevel) =>
    scoreStep(step, { [step.statements[0]!.id]: a, [step.statements[1]!.id]: b, [step.statements[2]!.id]: c });

  it('holds a step whose answers average exactly "Mostly"', () => {
    expect(score('mostly', 'mostly', 'mostly').held).toBe(true);
    expect(score('sometimes', 'always', 'mostly').held).toBe(true);
  });

  it('does not hold a step that averages below "Mostly"', () => {
    const result = score('sometimes', 'mostly', 'mostly');
    expect(result.held).toBe(false);
    expect(result.averagePoints).toBeCloseTo(5 / 3);
  });

  it('does not hold a step with a "Not yet", however high the others', () => {
    const result = score('not-yet', 'always', 'always');
    expect(result.averagePoints).toBe(2);
    expect(result.held).toBe(false);
  });

  it('lists the statements answered below "Mostly" as unmet', () => {
    const result = score('not-yet', 'sometimes', 'always');
    expect(result.unmet.map((u) => [u.statement.id, u.answer])).toEqual([
      [step.statements[0]!.id, 'not-yet'],
      [step.statements[1]!.id, 'sometimes'],
    ]);
  });

  it('measures strength as a share of "Always"', () => {
    expect(score('always', 'always', 'always').strength).toBe(1);
    expect(score('not-yet', 'not-yet', 'not-yet').strength).toBe(0);
    expect(score('mostly', 'mostly', 'mostly').strength).toBeCloseTo(2 / 3);
  });

  it('refuses to score a step with an unanswered statement', () => {
    expect(() => scoreStep(step, {})).toThrow(RangeError);
  });
});

describe('placeOnLadder', () => {
  it('places all "Always" on step 5 of 5', () => {
    const placement = placeOnLadder(allAnswered('always'));
    expect(placement).toMatchObject({ kind: 'placed', stepNumber: 5, slippedFrom: [] });
    expect(placement.kind === 'placed' && placement.nextStep).toBeUndefined();
  });

  it('places on the highest step whose steps below are all held', () => {
    expect(stepReached(answerSteps(ALWAYS, ALWAYS, ALWAYS, NOT_YET, NOT_YET))).toBe(3);
  });

  it('never skips a step: step 2 not held keeps you on step 1 even with 3–5 held, and warns of the slip', () => {
    const placement = placeOnLadder(answerSteps(ALWAYS, ['sometimes', 'sometimes', 'mostly'], ALWAYS, ALWAYS, ALWAYS));
    if (placement.kind !== 'placed') throw new Error('expected a placement');
    expect(placement.stepNumber).toBe(1);
    expect(placement.nextStep?.step.number).toBe(2);
    expect(placement.slippedFrom.map((s) => s.step.number)).toEqual([3, 4, 5]);
  });

  it('warns of no slip when no step above the gap is held', () => {
    const placement = placeOnLadder(answerSteps(ALWAYS, ALWAYS, NOT_YET, NOT_YET, NOT_YET));
    expect(placement.kind === 'placed' && placement.slippedFrom).toEqual([]);
  });

  it('puts a business whose step 1 is not held at step 0, starting from the basics', () => {
    const placement = placeOnLadder(answerSteps(['not-yet', 'always', 'always'], ALWAYS, ALWAYS, ALWAYS, ALWAYS));
    if (placement.kind !== 'placed') throw new Error('expected a placement');
    expect(placement.stepNumber).toBe(0);
    expect(placement.nextStep?.step.number).toBe(1);
    expect(placement.nextStep?.unmet).toHaveLength(1);
    expect(placement.slippedFrom).toHaveLength(4);
  });

  it('counts the unanswered statements instead of guessing', () => {
    const answers = allAnswered('always');
    delete answers[STATEMENT_IDS[0]];
    delete answers[STATEMENT_IDS[14]!];
    const placement = placeOnLadder(answers);
    expect(placement).toMatchObject({ kind: 'incomplete', remaining: 2 });
    expect(placement.kind === 'incomplete' && placement.openSteps.map((s) => s.number)).toEqual([1, 5]);
    expect(placeOnLadder({})).toMatchObject({ kind: 'incomplete', remaining: 15 });
  });

  it('treats a value that is not an answer as unanswered', () => {
    const answers = { ...allAnswered('always'), [STATEMENT_IDS[3]!]: 'often' as AnswerLevel };
    expect(placeOnLadder(answers)).toMatchObject({ kind: 'incomplete', remaining: 1 });
  });

  it('never rises when an answer falls, over all answers', () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.constantFrom(...STATEMENT_IDS), fc.nat(3), (answers, id, drop) => {
        const current = answers[id]!;
        const lowered = ANSWER_LEVELS[Math.max(0, ANSWER_POINTS[current] - drop)]!;
        expect(stepReached({ ...answers, [id]: lowered })).toBeLessThanOrEqual(stepReached(answers));
      }),
    );
  });

  it('never rises when any number of answers fall at once, over all answers', () => {
    fc.assert(
      fc.property(arbitraryAnswers, fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }), (answers, falls) => {
        const lowered: LadderAnswers = Object.fromEntries(
          STATEMENT_IDS.map((id, i) => [id, falls[i] ? ANSWER_LEVELS[Math.max(0, ANSWER_POINTS[answers[id]!] - 1)]! : answers[id]!]),
        );
        expect(stepReached(lowered)).toBeLessThanOrEqual(stepReached(answers));
      }),
    );
  });

  it('always places exactly on the count of held steps from the bottom, over all answers', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const placement = placeOnLadder(answers);
        if (placement.kind !== 'placed') throw new Error('expected a placement');
        const { stepNumber, scores, slippedFrom, nextStep } = placement;
        expect(scores.slice(0, stepNumber).every((s) => s.held)).toBe(true);
        if (stepNumber < 5) {
          expect(nextStep?.held).toBe(false);
          expect(nextStep?.unmet.length).toBeGreaterThan(0);
        }
        expect(slippedFrom.every((s) => s.held && s.step.number > stepNumber + 1)).toBe(true);
      }),
    );
  });
});

describe('describeStep', () => {
  it('names a step with its position on the ladder', () => {
    expect(describeStep(3)).toBe('Step 3 of 5: Loyalty begins');
    expect(describeStep(5)).toBe('Step 5 of 5: Partnership');
  });

  it('says "Not yet on the ladder" for step 0', () => {
    expect(describeStep(0)).toBe('Not yet on the ladder');
  });
});

describe('listNextActions', () => {
  it('gives the actions of the next step up, starting with the basics', () => {
    expect(listNextActions(0)).toBe(LADDER_STEPS[0]!.actions);
    expect(listNextActions(2)).toBe(LADDER_STEPS[2]!.actions);
  });

  it('gives three actions to stay at the top once every step is held', () => {
    const actions = listNextActions(5);
    expect(actions).toHaveLength(3);
    expect(actions).not.toBe(LADDER_STEPS[4]!.actions);
  });
});

describe('describeClimbTime', () => {
  it('gives the typical climb of 18 to 24 months, or under 12 with the fundamentals in place', () => {
    const text = describeClimbTime(1);
    expect(text).toContain('4 steps to go');
    expect(text).toContain('18 to 24 months');
    expect(text).toContain('under 12');
  });

  it('says one step when only partnership remains, and speaks of keeping the top at step 5', () => {
    expect(describeClimbTime(4)).toContain('one step to go');
    expect(describeClimbTime(5)).toMatch(/at the top/);
  });
});

describe('share links', () => {
  it('encodes answers as one letter per statement, steps separated by dots', () => {
    const answers = answerSteps(ALWAYS, ['always', 'always', 'mostly'], ['mostly', 'sometimes', 'not-yet'], ALWAYS, ALWAYS);
    delete answers[LADDER_STEPS[3]!.statements[0]!.id];
    expect(encodeShareAnswers(answers)).toBe('aaa.aam.msn.-aa.aaa');
  });

  it('restores exactly the answers it encoded, over all answers', () => {
    const partialAnswers = fc
      .tuple(...STATEMENT_IDS.map(() => fc.option(fc.constantFrom(...ANSWER_LEVELS), { nil: undefined })))
      .map((levels) => Object.fromEntries(STATEMENT_IDS.flatMap((id, i) => (levels[i] ? [[id, levels[i]]] : []))) as LadderAnswers);
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const url = buildShareUrl('https://example.org/tools/ladder-quiz/', answers);
        expect(parseShareQuery(new URL(url).search)).toEqual({ found: true, answers, ignored: 0 });
      }),
    );
  });

  it('keeps the page address and replaces an older answers parameter and the fragment', () => {
    const url = buildShareUrl('https://example.org/loyalty/tools/ladder-quiz/?answers=zzz&x=1#result', allAnswered('mostly'));
    expect(url).toBe('https://example.org/loyalty/tools/ladder-quiz/?answers=mmm.mmm.mmm.mmm.mmm&x=1');
  });

  it('reports a query without answers as not found', () => {
    expect(parseShareQuery('?q=loyalty')).toEqual({ found: false, answers: {}, ignored: 0 });
    expect(parseShareQuery('')).toEqual({ found: false, answers: {}, ignored: 0 });
  });

  it('ignores unknown letters, counting them, and keeps the rest', () => {
    const result = parseShareQuery('?answers=axa.aaa.aaa.aa7.aaa');
    expect(result.ignored).toBe(2);
    expect(Object.keys(result.answers)).toHaveLength(13);
    expect(result.answers[LADDER_STEPS[0]!.statements[1]!.id]).toBeUndefined();
  });

  it('counts missing and extra positions and steps as ignored', () => {
    expect(parseShareQuery('?answers=aa.aaaa.aaa.aaa.aaa').ignored).toBe(2);
    expect(parseShareQuery('?answers=aaa.aaa.aaa.aaa.aaa.aaa').ignored).toBe(1);
    expect(parseShareQuery('?answers=aaa').ignored).toBe(12);
  });

  it('reads upper-case letters too, since people retype links', () => {
    expect(parseShareQuery('?answers=AAA.MMM.SSS.NNN.AAA').ignored).toBe(0);
  });

  it('ignores a value far too long to be a share link', () => {
    expect(parseShareQuery(`?answers=${'a'.repeat(500)}`)).toEqual({ found: true, answers: {}, ignored: 15 });
  });
});

describe('recordResult', () => {
  it('adds results in date order', () => {
    const history = recordResult([{ date: '2026-03-01', stepNumber: 1 }], { date: '2026-02-01', stepNumber: 0 });
    expect(history.map((r) => r.date)).toEqual(['2026-02-01', '2026-03-01']);
  });

  it('keeps one result a day, the latest', () => {
    const history = recordResult([{ date: '2026-03-01', stepNumber: 1 }], { date: '2026-03-01', stepNumber: 2 });
    expect(history).toEqual([{ date: '2026-03-01', stepNumber: 2 }]);
  });

  it('drops the oldest results beyond the limit', () => {
    const start = Array.from({ length: MAX_RESULT_RECORDS }, (_, i) => ({ date: addDaysToIsoDate('2024-01-01', i), stepNumber: 1 }));
    const history = recordResult(start, { date: '2099-01-01', stepNumber: 3 });
    expect(history).toHaveLength(MAX_RESULT_RECORDS);
    expect(history[history.length - 1]).toEqual({ date: '2099-01-01', stepNumber: 3 });
    expect(history[0]).toEqual(start[1]);
  });
});

describe('LadderQuizDataSchema', () => {
  const valid = { answers: { [STATEMENT_IDS[0]]: 'mostly' }, history: [{ date: '2026-03-01', stepNumber: 2 }] };

  it('accepts saved answers and history, dropping keys it does not know', () => {
    expect(LadderQuizDataSchema.safeParse({ ...valid, extra: 1 })).toEqual({ success: true, data: valid });
    expect(LadderQuizDataSchema.safeParse({ answers: {}, history: [] })).toEqual({ success: true, data: { answers: {}, history: [] } });
  });

  it('accepts everything the quiz itself saves, over all answers and results', () => {
    const record = fc.record({
      date: fc.integer({ min: 0, max: 36_500 }).map((n) => addDaysToIsoDate('2000-01-01', n)),
      stepNumber: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(arbitraryAnswers, fc.array(record, { maxLength: 20 }), (answers, records) => {
        const history = records.reduce((h, r) => recordResult(h, r), [] as ReturnType<typeof recordResult>);
        const data = JSON.parse(JSON.stringify({ answers, history }));
        expect(LadderQuizDataSchema.safeParse(data)).toEqual({ success: true, data: { answers, history } });
      }),
    );
  });

  it.each([
    ['nothing', null],
    ['an array', []],
    ['no history', { answers: {} }],
    ['answers as an array', { answers: [], history: [] }],
    ['an unknown statement', { answers: { 'no-such-statement': 'always' }, history: [] }],
    ['an unknown answer', { answers: { [STATEMENT_IDS[0]]: 'often' }, history: [] }],
    ['an impossible date', { answers: {}, history: [{ date: '2026-02-30', stepNumber: 1 }] }],
    ['a step above 5', { answers: {}, history: [{ date: '2026-02-03', stepNumber: 6 }] }],
    ['a fractional step', { answers: {}, history: [{ date: '2026-02-03', stepNumber: 1.5 }] }],
    ['a step as text', { answers: {}, history: [{ date: '2026-02-03', stepNumber: '1' }] }],
    ['a record that is not an object', { answers: {}, history: ['2026-02-03'] }],
  ])('refuses %s', (_, input) => {
    expect(LadderQuizDataSchema.safeParse(input).success).toBe(false);
  });
});
