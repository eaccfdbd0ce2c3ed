/**
 * The rules of the issue "Loyalty-equation scorer", proved with fast-check over all 0–10 integer
 * rating vectors (and, where the space is small enough, by going through every case).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  combineValueAndTrust,
  findExtraMileMultiplier,
  INPUT_IDS,
  scoreFactors,
  RATING_MAX,
  scoreLoyalty,
  type Entries,
  type InputId,
} from '../model';
import {
  INPUTS,
} from '../form';

/** Enough runs to cover every input and rating many times over; each run scores a few vectors. */
const RUNS = 3000;

const rating = fc.integer({ min: 0, max: RATING_MAX });
const entriesArb: fc.Arbitrary<Entries> = fc.record(
  Object.fromEntries(INPUT_IDS.map((id) => [id, rating])) as Record<InputId, fc.Arbitrary<number>>,
);
const inputArb = fc.constantFrom(...INPUT_IDS);

function fill(value: number): Entries {
  return Object.fromEntries(INPUT_IDS.map((id) => [id, value])) as Entries;
}

const VALUE_INPUTS = INPUTS.filter((i) => i.factor === 'value').map((i) => i.id);
const OTHER_INPUTS = INPUTS.filter((i) => i.factor !== 'value').map((i) => i.id);

describe('the loyalty-score model, over all inputs', () => {
  it('keeps every factor score and the loyalty score a whole number from 0 to 100', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const { factors, score } = scoreLoyalty(entries);
        for (const n of [factors.value, factors.trust, factors.extraMile, score]) {
          expect(Number.isInteger(n) && n >= 0 && n <= 100).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives 100 when every input is 10 and 0 when every input is 0', () => {
    expect(scoreLoyalty(fill(10))).toMatchObject({ score: 100, factors: { value: 100, trust: 100, extraMile: 100 } });
    expect(scoreLoyalty(fill(0))).toMatchObject({ score: 0, factors: { value: 0, trust: 0, extraMile: 0 } });
  });

  it('never lowers the loyalty score or any factor when an input rises', () => {
    fc.assert(
      fc.property(entriesArb, inputArb, fc.integer({ min: 1, max: RATING_MAX }), (entries, id, step) => {
        fc.pre(entries[id] < RATING_MAX);
        const raised = { ...entries, [id]: Math.min(RATING_MAX, entries[id] + step) };
        const before = scoreLoyalty(entries);
        const after = scoreLoyalty(raised);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.factors.value).toBeGreaterThanOrEqual(before.factors.value);
        expect(after.factors.trust).toBeGreaterThanOrEqual(before.factors.trust);
        expect(after.factors.extraMile).toBeGreaterThanOrEqual(before.factors.extraMile);
      }),
      { numRuns: RUNS },
    );
  });

  it('never lowers the combined score or the final rounding when a factor rises (every case)', () => {
    // Every (value, trust) pair and every extra-mile level: the model is monotone at each step, not only
    // at the vectors fast-check happens to draw.
    const falls: string[] = [];
    for (let value = 0; value <= 100; value++) {
      for (let trust = 0; trust <= 100; trust++) {
        const here = combineValueAndTrust(value, trust);
        if (value < 100 && combineValueAndTrust(value + 1, trust) < here) falls.push(`value ${value}→${value + 1} at trust ${trust}`);
        if (trust < 100 && combineValueAndTrust(value, trust + 1) < here) falls.push(`trust ${trust}→${trust + 1} at value ${value}`);
      }
    }
    expect(falls).toEqual([]);
    for (let mile = 0; mile < 100; mile += 10) {
      expect(findExtraMileMultiplier(mile + 10)).toBeGreaterThan(findExtraMileMultiplier(mile));
    }
  });

  it('gives a loyalty score of 0 whenever the Value or the Trust factor is 0', () => {
    fc.assert(
      fc.property(entriesArb, fc.constantFrom('value', 'trust'), (entries, factor) => {
        const zeroed =
          factor === 'value' ? { ...entries, core: 0, surprise: 0, personal: 0 } : { ...entries, integrity: 0 };
        const result = scoreLoyalty(zeroed);
        expect(result.factors[factor]).toBe(0);
        expect(result.score).toBe(0);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const result = scoreLoyalty(entries);
        if (result.factors.value === 0 || result.factors.trust === 0) expect(result.score).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('never lets the Trust factor exceed Integrity × 10', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        expect(scoreLoyalty(entries).factors.trust).toBeLessThanOrEqual(entries.integrity * 10);
      }),
      { numRuns: RUNS },
    );
  });

  it('raises the score from all inputs at 5 at least as much for a point of any value input as for any trust or extra-mile input', () => {
    const base = fill(5);
    const gain = (id: InputId) => scoreLoyalty({ ...base, [id]: 6 }).score - scoreLoyalty(base).score;
    // Every pair, exhaustively (3 value inputs × 4 others).
    for (const valueInput of VALUE_INPUTS) {
      for (const other of OTHER_INPUTS) {
        expect(gain(valueInput), `${valueInput} vs ${other}`).toBeGreaterThanOrEqual(gain(other));
      }
    }
    expect(gain('core')).toBeGreaterThan(0);
  });

  it('keeps value weighing most from every level where all inputs are equal, not only from 5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.constantFrom(...VALUE_INPUTS), fc.constantFrom(...OTHER_INPUTS), (level, v, other) => {
        const base = fill(level);
        const gain = (id: InputId) => scoreLoyalty({ ...base, [id]: level + 1 }).score - scoreLoyalty(base).score;
        expect(gain(v)).toBeGreaterThanOrEqual(gain(other));
      }),
      { numRuns: 300 },
    );
  });

  it('scores between 70 and 85 with Extra mile at 0 and every other input at 10', () => {
    const score = scoreLoyalty({ ...fill(10), extraMile: 0 }).score;
    expect(score).toBeGreaterThanOrEqual(70);
    expect(score).toBeLessThanOrEqual(85);
  });

  it('does not need the extra mile: with Extra mile at 0, value and trust above 0 still give a positive score', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const result = scoreLoyalty({ ...entries, extraMile: 0 });
        if (result.combined > 0) expect(result.score).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('names a weakest factor no higher than the others, a strongest no lower, and flags a spread of 30 or more', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const result = scoreLoyalty(entries);
        const values = Object.values(result.factors);
        expect(result.factors[result.weakest]).toBe(Math.min(...values));
        expect(result.spread).toBe(Math.max(...values) - Math.min(...values));
        if (result.strongest) expect(result.factors[result.strongest]).toBe(Math.max(...values));
        else expect(result.spread).toBe(0);
        expect(result.imbalanced).toBe(result.spread >= 30);
        expect(result.band.min <= result.score && result.score <= result.band.max).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('holds for every one of the 11^7 rating vectors, checked stage by stage', () => {
    // Value depends only on the three value inputs, trust only on the three trust inputs, and the score
    // only on (value, trust, extra mile). Checking every triple and every reachable factor combination
    // therefore covers all 19,487,171 vectors without scoring each one. Failures are collected rather
    // than asserted one by one, which keeps this fast.
    const failures: string[] = [];
    const levels = Array.from({ length: RATING_MAX + 1 }, (_, i) => i);
    const valueOf = (t: number[]) => scoreFactors({ ...fill(0), core: t[0]!, surprise: t[1]!, personal: t[2]! }).value;
    const trustOf = (t: number[]) => scoreFactors({ ...fill(0), integrity: t[0]!, competence: t[1]!, delivery: t[2]! }).trust;
    const values = new Set<number>();
    const trusts = new Set<number>();
    for (const a of levels) {
      for (const b of levels) {
        for (const c of levels) {
          const triple = [a, b, c];
          const value = valueOf(triple);
          const trust = trustOf(triple);
          values.add(value);
          trusts.add(trust);
          if (trust > a * 10) failures.push(`trust ${trust} above integrity ${a} × 10`);
          for (let k = 0; k < 3; k++) {
            if (triple[k] === RATING_MAX) continue;
            const raised = triple.map((x, i) => (i === k ? x + 1 : x));
            if (valueOf(raised) < value) failures.push(`value falls from ${triple} to ${raised}`);
            if (trustOf(raised) < trust) failures.push(`trust falls from ${triple} to ${raised}`);
          }
        }
      }
    }
    const score = (value: number, trust: number, mileRating: number) =>
      Math.round(combineValueAndTrust(value, trust) * findExtraMileMultiplier(mileRating * 10));
    const sortedValues = [...values].sort((x, y) => x - y);
    const sortedTrusts = [...trusts].sort((x, y) => x - y);
    for (const [vi, value] of sortedValues.entries()) {
      for (const [ti, trust] of sortedTrusts.entries()) {
        for (const mile of levels) {
          const here = score(value, trust, mile);
          const at = `value ${value}, trust ${trust}, extra mile ${mile}`;
          if (!(Number.isInteger(here) && here >= 0 && here <= 100)) failures.push(`score ${here} at ${at}`);
          if ((value === 0 || trust === 0) && here !== 0) failures.push(`score ${here} with a zero factor at ${at}`);
          if (vi + 1 < sortedValues.length && score(sortedValues[vi + 1]!, trust, mile) < here) failures.push(`falls as value rises from ${at}`);
          if (ti + 1 < sortedTrusts.length && score(value, sortedTrusts[ti + 1]!, mile) < here) failures.push(`falls as trust rises from ${at}`);
          if (mile < RATING_MAX && score(value, trust, mile + 1) < here) failures.push(`falls as extra mile rises from ${at}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // The stage-by-stage score is the model's score.
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const f = scoreFactors(entries);
        expect(scoreLoyalty(entries).score).toBe(score(f.value, f.trust, entries.extraMile));
      }),
      { numRuns: RUNS },
    );
  });
});
