import { describe, expect, it } from 'vitest';
import {
  BANDS,
  describeScoreChange,
  findBand,
  INPUT_IDS,
  MIDDLE_ENTRIES,
  scoreLoyalty,
  type Entries,
} from '../model';
import {
  ACTIONS_BY_INPUT,
  describeWorking,
  NEXT_ACTION_COUNT,
  pickNextActions,
} from '../advice';
import {
  checkEntry,
  INPUTS,
  readShareQuery,
  toShareQuery,
} from '../form';

function fill(value: number): Entries {
  return Object.fromEntries(INPUT_IDS.map((id) => [id, value])) as Entries;
}

describe('bands', () => {
  it('cover every score from 0 to 100 exactly once, in order', () => {
    for (let score = 0; score <= 100; score++) {
      expect(BANDS.filter((band) => score >= band.min && score <= band.max), String(score)).toHaveLength(1);
    }
    expect(BANDS.map((band) => band.name)).toEqual(['At risk', 'Satisfied but not loyal', 'Loyal', 'Trusted advisor']);
  });

  it.each([
    [0, 'At risk'],
    [39, 'At risk'],
    [40, 'Satisfied but not loyal'],
    [64, 'Satisfied but not loyal'],
    [65, 'Loyal'],
    [84, 'Loyal'],
    [85, 'Trusted advisor'],
    [100, 'Trusted advisor'],
  ])('put a score of %i in the band %s', (score, name) => {
    expect(findBand(score).name).toBe(name);
  });

  it('place a middling relationship (all 5s) as satisfied but not loyal, and all 10s as trusted advisor', () => {
    expect(scoreLoyalty(fill(5))).toMatchObject({ score: 45, band: { name: 'Satisfied but not loyal' } });
    expect(scoreLoyalty(fill(10)).band.name).toBe('Trusted advisor');
  });

  it('keep a relationship with no extra mile out of the trusted-advisor band', () => {
    expect(scoreLoyalty({ ...fill(10), extraMile: 0 })).toMatchObject({ score: 80, band: { name: 'Loyal' } });
  });
});

describe('scoreLoyalty', () => {
  it('reproduces the worked example on the tool page', () => {
    const result = scoreLoyalty({ core: 7, surprise: 5, personal: 6, integrity: 5, competence: 5, delivery: 5, extraMile: 4 });
    expect(result.factors).toEqual({ value: 61, trust: 50, extraMile: 40 });
    expect(result.combined).toBe(56);
    expect(result.extraMileMultiplier).toBe(0.88);
    expect(result.score).toBe(49);
  });

  it('caps trust at integrity × 10 and says so', () => {
    const result = scoreLoyalty({ ...fill(10), integrity: 4 });
    expect(result.trustBeforeCap).toBe(82);
    expect(result.factors.trust).toBe(40);
    expect(result.trustCappedByIntegrity).toBe(true);
    expect(describeWorking(result)[0]).toBe('Trust would be 82 from its three ratings, but integrity caps it at 40.');
  });

  it('names the weakest and strongest factor, breaking ties towards value, and flags a large spread', () => {
    const result = scoreLoyalty({ ...fill(8), extraMile: 2 });
    expect(result).toMatchObject({ weakest: 'extraMile', strongest: 'value', spread: 60, imbalanced: true });
    const level = scoreLoyalty(fill(6));
    expect(level).toMatchObject({ weakest: 'value', strongest: undefined, spread: 0, imbalanced: false });
  });

  it('does not flag a spread just under 30 points', () => {
    // Value 80, trust 80, extra mile 60: a gap of 20.
    expect(scoreLoyalty({ ...fill(8), extraMile: 6 }).imbalanced).toBe(false);
    expect(scoreLoyalty({ ...fill(8), extraMile: 5 }).imbalanced).toBe(true);
  });
});

describe('describeWorking', () => {
  it('shows how the factors combine, with the numbers used and no float noise', () => {
    expect(describeWorking(scoreLoyalty(fill(5)))).toEqual([
      'Trust is 50, within the cap that integrity sets.',
      'Value 50 and trust 50 combine to 50 (value counts 60%, trust 40%, and a zero in either gives zero).',
      'Extra mile 50 keeps 90% of that: 50 × 0.90 = 45.',
    ]);
  });

  it('shows the rounding when the product is not whole', () => {
    const result = scoreLoyalty({ ...fill(5), core: 6 });
    expect(describeWorking(result)[2]).toBe('Extra mile 50 keeps 90% of that: 52 × 0.90 = 46.8, which rounds to 47.');
  });

  it('never shows NaN, undefined or long decimals for any level', () => {
    for (let level = 0; level <= 10; level++) {
      for (const line of describeWorking(scoreLoyalty({ ...fill(level), extraMile: 10 - level }))) {
        expect(line).not.toMatch(/NaN|undefined|\d\.\d{3}/);
      }
    }
  });
});

describe('pickNextActions', () => {
  it('suggests three actions for the weakest factor, most from its lowest-rated input', () => {
    const entries = { ...fill(8), surprise: 2, personal: 4 };
    const actions = pickNextActions(entries, scoreLoyalty(entries));
    expect(actions).toHaveLength(NEXT_ACTION_COUNT);
    expect(actions.map((a) => a.input)).toEqual(['surprise', 'surprise', 'personal']);
  });

  it('starts with integrity whenever integrity caps trust, even when another trust input is lower', () => {
    const entries = { ...fill(9), integrity: 4, competence: 3 };
    const result = scoreLoyalty(entries);
    expect(result.weakest).toBe('trust');
    expect(pickNextActions(entries, result)[0]!.input).toBe('integrity');
  });

  it('suggests the extra-mile actions when the extra mile is weakest', () => {
    const entries = { ...fill(9), extraMile: 1 };
    expect(pickNextActions(entries, scoreLoyalty(entries)).map((a) => a.text)).toEqual(ACTIONS_BY_INPUT.extraMile);
  });

  it('gives every input at least two actions, so every factor can offer two or three', () => {
    for (const id of INPUT_IDS) expect(ACTIONS_BY_INPUT[id].length).toBeGreaterThanOrEqual(2);
  });
});

describe('checkEntry', () => {
  it.each(['0', '7', '10', ' 4 ', '1e1', '-0', '+3', '5.0', '7,0', ' 7 '])('accepts %j as a whole number 0–10', (text) => {
    const check = checkEntry(text);
    expect(check.ok).toBe(true);
    if (check.ok) expect(Object.is(check.value, -0)).toBe(false);
  });

  it.each([
    ['', 'Empty'],
    ['   ', 'Empty'],
    ['abc', 'Not a number'],
    ['0x5', 'Not a number'],
    ['Infinity', 'Not a number'],
    ['5.5', 'No fractions'],
    ['5,5', 'No fractions'],
    ['NaN', 'Not a number'],
    ['7 a', 'Not a number'],
    ['11', 'Out of range'],
    ['-1', 'Out of range'],
    ['1e400', 'Out of range'],
  ])('refuses %j, naming the range 0 to 10', (text, start) => {
    const check = checkEntry(text);
    expect(check).toEqual({ ok: false, message: expect.stringMatching(new RegExp(`^${start}.*from 0 to 10`)) });
  });

  it('refuses what the browser could not read as a number even though its value is empty', () => {
    expect(checkEntry('', true)).toEqual({ ok: false, message: expect.stringMatching(/^Not a number/) });
  });
});

describe('share links', () => {
  it('round-trip the seven ratings through the query', () => {
    const entries = { core: 1, surprise: 2, personal: 3, integrity: 4, competence: 5, delivery: 6, extraMile: 10 };
    const query = toShareQuery(entries);
    expect(query).toBe('core=1&surprise=2&personal=3&integrity=4&competence=5&delivery=6&extraMile=10');
    expect(readShareQuery(`?${query}`)).toEqual({ entries, ignored: [] });
  });

  it('ignore bad values, naming each, and keep the good ones', () => {
    expect(readShareQuery('core=7&surprise=abc&personal=11&integrity=2.5&utm_source=x')).toEqual({
      entries: { core: 7 },
      ignored: [
        { id: 'surprise', label: 'Surprise value', text: 'abc' },
        { id: 'personal', label: 'Personal value', text: '11' },
        { id: 'integrity', label: 'Integrity', text: '2.5' },
      ],
    });
  });

  it('find nothing in an address without ratings', () => {
    expect(readShareQuery('')).toEqual({ entries: {}, ignored: [] });
  });
});

describe('describeScoreChange', () => {
  it.each([
    [6, '+6 points'],
    [-1, '−1 point'],
    [1, '+1 point'],
    [0, 'no change'],
  ])('describes %i as %j', (delta, text) => {
    expect(describeScoreChange(delta)).toBe(text);
  });
});

describe('the form inputs', () => {
  it('are the seven the issue names, each with a hint describing 0, 5 and 10', () => {
    expect(INPUTS.map((i) => i.label)).toEqual([
      'Core value',
      'Surprise value',
      'Personal value',
      'Integrity',
      'Competence',
      'Delivery',
      'Extra mile',
    ]);
    for (const input of INPUTS) expect(input.hint).toMatch(/^0: .* 5: .* 10: /);
    expect(Object.values(MIDDLE_ENTRIES).every((v) => v === 5)).toBe(true);
  });
});
