/**
 * Every claim `content/tools/ladder-quiz.mdx` and the loyalty-ladder guide make about the quiz's model,
 * stated as a property over all answers (issue 13). Each test is named after the sentence it checks;
 * change the page and the model together.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LADDER_CLIMB_MONTHS } from '../facts';
import {
  ANSWER_LABELS,
  ANSWER_LEVELS,
  ANSWER_POINTS,
  describeClimbTime,
  HELD_AVERAGE_POINTS,
  LADDER_STATEMENTS,
  LADDER_STEPS,
  MAX_ANSWER_POINTS,
  parseShareQuery,
  placeOnLadder,
  recordResult,
  scoreStep,
  STATEMENT_IDS,
  STEP_COUNT,
  TYPICAL_CLIMB_MONTHS,
  type AnswerLevel,
} from '../model';
import type { LadderAnswers, LadderResultRecord } from '../schema';

const answer = fc.constantFrom(...ANSWER_LEVELS);
const allAnswers = fc
  .tuple(...STATEMENT_IDS.map(() => answer))
  .map((levels): LadderAnswers => Object.fromEntries(STATEMENT_IDS.map((id, i) => [id, levels[i]!])));
/** Some statements answered, some not. */
const someAnswers = fc
  .tuple(...STATEMENT_IDS.map(() => fc.option(answer, { nil: undefined })))
  .map((levels): LadderAnswers => Object.fromEntries(STATEMENT_IDS.flatMap((id, i) => (levels[i] ? [[id, levels[i]]] : []))));

function placed(answers: LadderAnswers) {
  const placement = placeOnLadder(answers);
  if (placement.kind !== 'placed') throw new Error('expected a placement');
  return placement;
}

describe('the ladder quiz page', () => {
  it('"Each of the 5 steps has 3 statements", scored Not yet 0, Sometimes 1, Mostly 2, Always 3', () => {
    expect(STEP_COUNT).toBe(5);
    expect(LADDER_STEPS.every((step) => step.statements.length === LADDER_STEPS[0]!.statements.length)).toBe(true);
    // The page's description says "Fifteen statements".
    expect(LADDER_STATEMENTS).toHaveLength(15);
    expect(ANSWER_LEVELS.map((level) => [ANSWER_LABELS[level], ANSWER_POINTS[level]])).toEqual([
      ['Not yet', 0],
      ['Sometimes', 1],
      ['Mostly', 2],
      ['Always', 3],
    ]);
  });

  it('"A step is held when its answers average 2 or more and none of them is Not yet"', () => {
    fc.assert(
      fc.property(allAnswers, fc.constantFrom(...LADDER_STEPS), (answers, step) => {
        const levels = step.statements.map((s) => answers[s.id]!);
        const average = levels.reduce((sum, level) => sum + ANSWER_POINTS[level], 0) / levels.length;
        expect(scoreStep(step, answers).held).toBe(average >= HELD_AVERAGE_POINTS && !levels.includes('not-yet'));
      }),
    );
  });

  it('"You stand on the highest step that has every step below it held", and on no step when step 1 is not held', () => {
    fc.assert(
      fc.property(allAnswers, (answers) => {
        const held = LADDER_STEPS.map((step) => scoreStep(step, answers).held);
        let expected = 0;
        while (expected < STEP_COUNT && held[expected]) expected += 1;
        expect(placed(answers).stepNumber).toBe(expected);
      }),
    );
  });

  it('"A slip warning appears when a step higher up is held but one below it is not"', () => {
    fc.assert(
      fc.property(allAnswers, (answers) => {
        const held = LADDER_STEPS.map((step) => scoreStep(step, answers).held);
        const slipping = held.some((isHeld, i) => isHeld && held.slice(0, i).includes(false));
        expect(placed(answers).slippedFrom.length > 0).toBe(slipping);
      }),
    );
  });

  it('"What keeps you from the next step lists its Not yet and Sometimes answers: raise each to Mostly or better and the step is held"', () => {
    fc.assert(
      fc.property(allAnswers, fc.constantFrom<AnswerLevel>('mostly', 'always'), (answers, raisedTo) => {
        const { nextStep } = placed(answers);
        if (!nextStep) return;
        const weak = nextStep.step.statements.filter((s) => ['not-yet', 'sometimes'].includes(answers[s.id]!));
        expect(nextStep.unmet.map((u) => u.statement.id)).toEqual(weak.map((s) => s.id));
        const raised = { ...answers, ...Object.fromEntries(weak.map((s) => [s.id, raisedTo])) };
        expect(scoreStep(nextStep.step, raised).held).toBe(true);
      }),
    );
  });

  it('"Until every statement is answered the quiz tells you how many are left"', () => {
    fc.assert(
      fc.property(someAnswers, (answers) => {
        const left = STATEMENT_IDS.filter((id) => !answers[id]).length;
        const placement = placeOnLadder(answers);
        if (left === 0) expect(placement.kind).toBe('placed');
        else expect(placement).toMatchObject({ kind: 'incomplete', remaining: left });
      }),
    );
  });

  it('"The bars show each step\'s average answer as a share of Always; the line marks Mostly"', () => {
    expect(MAX_ANSWER_POINTS).toBe(ANSWER_POINTS.always);
    expect(HELD_AVERAGE_POINTS).toBe(ANSWER_POINTS.mostly);
    fc.assert(
      fc.property(allAnswers, (answers) => {
        for (const score of placed(answers).scores) expect(score.strength).toBeCloseTo(score.averagePoints / ANSWER_POINTS.always, 12);
      }),
    );
  });

  it('"a full climb takes 18 to 24 months, under 12 with the fundamentals": the quiz says what the guide says', () => {
    expect(TYPICAL_CLIMB_MONTHS).toBe(LADDER_CLIMB_MONTHS);
    for (let step = 0; step < STEP_COUNT; step++) {
      expect(describeClimbTime(step)).toContain(`${LADDER_CLIMB_MONTHS.from} to ${LADDER_CLIMB_MONTHS.to} months`);
      expect(describeClimbTime(step)).toContain(`under ${LADDER_CLIMB_MONTHS.withFundamentals}`);
    }
  });

  it('"each completed quiz is kept with its date (one a day: a second one that day replaces the first)"', () => {
    const record = fc.record({
      date: fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10)),
      stepNumber: fc.integer({ min: 0, max: STEP_COUNT }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (results) => {
        let history: LadderResultRecord[] = [];
        for (const result of results) history = recordResult(history, result);
        const lastOfDay = new Map(results.map((r) => [r.date, r.stepNumber]));
        expect(history).toEqual([...lastOfDay].sort(([a], [b]) => a.localeCompare(b)).map(([date, stepNumber]) => ({ date, stepNumber })));
      }),
    );
  });

  it('"Anything in a link that cannot be read is left blank": a link only ever yields real answers', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (value) => {
        const shared = parseShareQuery(`?answers=${encodeURIComponent(value)}`);
        for (const [id, level] of Object.entries(shared.answers)) {
          expect(STATEMENT_IDS).toContain(id);
          expect(ANSWER_LEVELS).toContain(level);
        }
      }),
    );
  });
});
