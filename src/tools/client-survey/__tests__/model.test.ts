/**
 * The client survey's links, Net Promoter Score and comparison: examples, and fast-check properties for
 * what the issue promises (round trip, every single-character corruption caught, a reply link under 600
 * characters).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTOR_IDS, INPUT_IDS, scoreLoyalty } from '../../loyalty-score/public';
import {
  buildLink,
  COMMENT_MAX_CHARS,
  computeCrc32,
  decodeReply,
  decodeSurvey,
  encodeReply,
  encodeSurvey,
  measureReplyOverrun,
  REPLY_ADDRESS_ALLOWANCE_CHARS,
  REPLY_LINK_MAX_CHARS,
  RATING_IDS,
  type SurveyReply,
  type SurveyRequest,
} from '../model';
import { CLIENT_QUESTIONS } from '../form';
import { computeNetPromoterScore, findNpsWindowStart } from '../history';
import { compareViews, formatGap, OVERRATING_POINTS } from '../advice';

const RUNS = 300;

const SURVEY: SurveyRequest = {
  surveyId: 'Ab3_x-9Z',
  clientName: 'Acme & Sons <b>',
  askerName: 'Jo Baker',
  askedOn: '2026-03-10',
};
const REPLY: SurveyReply = {
  surveyId: 'Ab3_x-9Z',
  answeredOn: '2026-03-12',
  ratings: {
    core: 7,
    surprise: 4,
    personal: 10,
    integrity: 8,
    competence: 0,
    delivery: 5,
    extraMile: 3,
  },
  recommend: 9,
  comment: 'Good work, but chase less * and call more. <script>alert(1)</script> 100% “fair” — merci, ça va!',
};

/** The longest address this site uses in front of a reply's payload: exactly the allowance. */
const LONGEST_ADDRESS = 'https://a-rather-long-host.example/loyalty/tools/client-survey/'.padEnd(REPLY_ADDRESS_ALLOWANCE_CHARS - 3, 'x');

const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{8}$/);
const dateArb = fc
  .date({
    min: new Date('2000-01-01T12:00:00'),
    max: new Date('2120-12-31T12:00:00'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const answerArb = fc.integer({ min: 0, max: 10 });
const ratingsArb = fc.record(Object.fromEntries(INPUT_IDS.map((id) => [id, answerArb])) as Record<(typeof INPUT_IDS)[number], fc.Arbitrary<number>>);
const textArb = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const nameArb = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 80 })
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0 && [...s].length <= 80);
const replyArb: fc.Arbitrary<SurveyReply> = fc.record({
  surveyId: idArb,
  answeredOn: dateArb,
  ratings: ratingsArb,
  recommend: answerArb,
  comment: textArb(COMMENT_MAX_CHARS),
});
const surveyArb: fc.Arbitrary<SurveyRequest> = fc.record({
  surveyId: idArb,
  clientName: nameArb,
  askerName: fc.oneof(fc.constant(''), nameArb),
  askedOn: dateArb,
});

/** Characters a corruption may put in: every printable ASCII character and a few others. */
const replacementArb = fc.oneof(fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }), fc.constantFrom('é', '€', '😀', ' '));

describe('the survey questions', () => {
  it('ask the scorer’s seven inputs, in the scorer’s order and under the same factors', () => {
    expect(CLIENT_QUESTIONS.map((q) => q.id)).toEqual([...INPUT_IDS]);
    expect([...RATING_IDS]).toEqual([...INPUT_IDS]);
    expect(CLIENT_QUESTIONS.map((q) => q.factor)).toEqual(['value', 'value', 'value', 'trust', 'trust', 'trust', 'extraMile']);
  });
});

describe('survey links', () => {
  it('carry the client’s name, the asker’s name, the survey id and the date, and read back the same', () => {
    const fragment = encodeSurvey(SURVEY);
    expect(fragment).toMatch(/^#s=1/);
    expect(decodeSurvey(fragment)).toEqual({ ok: true, value: SURVEY });
    expect(decodeSurvey(fragment.slice(1))).toEqual({
      ok: true,
      value: SURVEY,
    });
  });

  it('read back every survey as it was written (property)', () => {
    fc.assert(
      fc.property(surveyArb, (survey) => {
        expect(decodeSurvey(encodeSurvey(survey))).toEqual({
          ok: true,
          value: survey,
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('refuse a reply link with a message saying which kind it is', () => {
    const read = decodeSurvey(encodeReply(REPLY));
    expect(read).toMatchObject({ ok: false, problem: 'other-kind' });
  });
});

describe('reply links', () => {
  it('read back a reply as it was written, markup and all, as plain text', () => {
    expect(decodeReply(encodeReply(REPLY))).toEqual({ ok: true, value: REPLY });
  });

  it('read back every reply as it was written (property)', () => {
    fc.assert(
      fc.property(replyArb, (reply) => {
        expect(decodeReply(encodeReply(reply))).toEqual({
          ok: true,
          value: reply,
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('catch every change of a single character, anywhere in the fragment (property)', () => {
    fc.assert(
      fc.property(replyArb, fc.nat(), replacementArb, (reply, at, replacement) => {
        const fragment = encodeReply(reply);
        const index = at % fragment.length;
        fc.pre(fragment[index] !== replacement);
        const corrupted = fragment.slice(0, index) + replacement + fragment.slice(index + 1);
        expect(decodeReply(corrupted).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('catch every change of a single character of one reply, at every position and with every ASCII character', () => {
    const fragment = encodeReply(REPLY);
    for (let index = 0; index < fragment.length; index++) {
      for (let code = 32; code < 127; code++) {
        const replacement = String.fromCharCode(code);
        if (fragment[index] === replacement) continue;
        const corrupted = fragment.slice(0, index) + replacement + fragment.slice(index + 1);
        expect(decodeReply(corrupted).ok, `${corrupted}`).toBe(false);
      }
    }
  });

  it('catch a link cut short anywhere (property)', () => {
    fc.assert(
      fc.property(replyArb, fc.nat(), (reply, at) => {
        const fragment = encodeReply(reply);
        expect(decodeReply(fragment.slice(0, at % fragment.length)).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('catch every single-character change of a survey link too (property)', () => {
    fc.assert(
      fc.property(surveyArb, fc.nat(), replacementArb, (survey, at, replacement) => {
        const fragment = encodeSurvey(survey);
        const index = at % fragment.length;
        fc.pre(fragment[index] !== replacement);
        expect(decodeSurvey(fragment.slice(0, index) + replacement + fragment.slice(index + 1)).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('stay under 600 characters with a 500-character comment of ordinary writing (property)', () => {
    const ordinary = fc.string({
      unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'()-_~"),
      maxLength: COMMENT_MAX_CHARS,
    });
    fc.assert(
      fc.property(replyArb, ordinary, (reply, comment) => {
        const link = buildLink(LONGEST_ADDRESS, encodeReply({ ...reply, comment }));
        expect(link.length).toBeLessThan(REPLY_LINK_MAX_CHARS);
        expect(measureReplyOverrun(link)).toBe(0);
      }),
      { numRuns: RUNS },
    );
    const longest = buildLink(LONGEST_ADDRESS, encodeReply({ ...REPLY, comment: 'x'.repeat(COMMENT_MAX_CHARS) }));
    expect(longest.length).toBeLessThan(REPLY_LINK_MAX_CHARS);
  });

  it('say by how much a link of many special characters runs over, so the survey can ask for a shorter comment', () => {
    const link = buildLink(LONGEST_ADDRESS, encodeReply({ ...REPLY, comment: 'é'.repeat(COMMENT_MAX_CHARS) }));
    expect(measureReplyOverrun(link)).toBe(link.length - REPLY_LINK_MAX_CHARS + 1);
  });

  it('name what is wrong: nothing, a foreign fragment, another version, damage, impossible values', () => {
    const fragment = encodeReply(REPLY);
    expect(decodeReply('')).toMatchObject({ ok: false, problem: 'missing' });
    expect(decodeReply('#section-2')).toMatchObject({
      ok: false,
      problem: 'foreign',
    });
    expect(decodeReply('#q=hello')).toMatchObject({
      ok: false,
      problem: 'foreign',
    });
    expect(decodeReply(encodeSurvey(SURVEY))).toMatchObject({
      ok: false,
      problem: 'other-kind',
    });
    const version2 = decodeReply(`#r=2${fragment.slice(4)}`);
    expect(version2).toMatchObject({ ok: false, problem: 'version' });
    if (!version2.ok) expect(version2.message).toContain('version 2');
    expect(decodeReply(fragment.slice(0, -3))).toMatchObject({
      ok: false,
      problem: 'damaged',
    });
    // A well-formed checksum over a rating no survey can give ("b" is 11).
    const body = `1${REPLY.surveyId}00${'b'.repeat(9)}`;
    const forged = `#r=${body}${computeCrc32(`r${body}`).toString(36).padStart(7, '0')}`;
    expect(decodeReply(forged)).toMatchObject({
      ok: false,
      problem: 'invalid',
    });
  });

  it('put no space, quote or angle bracket in a link, which mail programs and browsers would alter', () => {
    fc.assert(
      fc.property(replyArb, (reply) => {
        expect(encodeReply(reply)).toMatch(/^#r=[A-Za-z0-9_.!~*'()%+-]+$/);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('computeNetPromoterScore', () => {
  it('has no score and zero counts with no replies', () => {
    expect(computeNetPromoterScore([])).toEqual({
      promoters: 0,
      passives: 0,
      detractors: 0,
      total: 0,
      score: undefined,
    });
  });

  it('scores 0 when every answer is a passive 7 or 8', () => {
    expect(computeNetPromoterScore([7, 8, 8, 7])).toEqual({
      promoters: 0,
      passives: 4,
      detractors: 0,
      total: 4,
      score: 0,
    });
  });

  it('counts 9–10 as promoters and 0–6 as detractors: % promoters − % detractors', () => {
    expect(computeNetPromoterScore([10, 9, 6, 0, 8])).toEqual({
      promoters: 2,
      passives: 1,
      detractors: 2,
      total: 5,
      score: 0,
    });
    expect(computeNetPromoterScore([10, 9, 9, 5])).toMatchObject({ score: 50 });
    expect(computeNetPromoterScore([10, 10])).toMatchObject({ score: 100 });
    expect(computeNetPromoterScore([6, 0])).toMatchObject({ score: -100 });
    expect(computeNetPromoterScore([9, 7, 0])).toMatchObject({ score: 0 });
    expect(computeNetPromoterScore([9, 0, 0])).toMatchObject({ score: -33 });
  });

  it('always lies between −100 and +100, counts every answer once, and never shows −0 (property)', () => {
    fc.assert(
      fc.property(fc.array(answerArb, { minLength: 1, maxLength: 60 }), (answers) => {
        const nps = computeNetPromoterScore(answers);
        expect(nps.promoters + nps.passives + nps.detractors).toBe(answers.length);
        expect(nps.score).toBeGreaterThanOrEqual(-100);
        expect(nps.score).toBeLessThanOrEqual(100);
        expect(Object.is(nps.score, -0)).toBe(false);
        expect(nps.score).toBe(Math.round((100 * (nps.promoters - nps.detractors)) / answers.length) + 0);
      }),
      { numRuns: RUNS },
    );
  });

  it('counts replies from the last 12 months: the window starts the day after the same date a year ago', () => {
    expect(findNpsWindowStart('2026-03-10')).toBe('2025-03-11');
    expect(findNpsWindowStart('2028-02-29')).toBe('2027-03-01');
  });
});

describe('compareViews', () => {
  const yours = { factors: { value: 80, trust: 81, extraMile: 60 }, score: 70 };
  const theirs = {
    factors: { value: 75, trust: 56, extraMile: 70 },
    score: 58,
  };

  it('gives your view, the client’s view and the gap for each factor and the loyalty score', () => {
    const comparison = compareViews(yours, theirs);
    expect(comparison.rows.map((row) => [row.label, row.yours, row.theirs, row.gap, row.overrated])).toEqual([
      ['Value', 80, 75, 5, false],
      ['Trust', 81, 56, 25, true],
      ['Extra mile', 60, 70, -10, false],
      ['Loyalty score', 70, 58, 12, false],
    ]);
  });

  it('says a self-overrating of 15 points or more first, the largest first', () => {
    const comparison = compareViews(yours, { ...theirs, score: 40 });
    expect(comparison.overrated.map((row) => row.id)).toEqual(['loyalty', 'trust']);
    expect(comparison.headline).toBe('You rate loyalty score 30 points higher than your client does: start there.');
  });

  it('does not call a gap of 14 points overrating', () => {
    const comparison = compareViews(yours, {
      factors: { value: 66, trust: 67, extraMile: 46 },
      score: 56,
    });
    expect(comparison.overrated).toEqual([]);
    expect(comparison.headline).toContain('within 15 points');
  });

  it('flags exactly the rows rated 15 or more above the client, for any two scorecards (property)', () => {
    fc.assert(
      fc.property(ratingsArb, ratingsArb, (a, b) => {
        const mine = scoreLoyalty(a);
        const client = scoreLoyalty(b);
        const comparison = compareViews(mine, client);
        for (const id of FACTOR_IDS) {
          const row = comparison.rows.find((r) => r.id === id)!;
          expect(row.gap).toBe(mine.factors[id] - client.factors[id]);
          expect(row.overrated).toBe(row.gap >= OVERRATING_POINTS);
        }
        expect(comparison.rows.find((r) => r.id === 'loyalty')!.gap).toBe(mine.score - client.score);
        const gaps = comparison.overrated.map((row) => row.gap);
        expect(gaps).toEqual([...gaps].sort((x, y) => y - x));
        expect(comparison.headline.startsWith('You rate')).toBe(comparison.overrated.length > 0);
      }),
      { numRuns: RUNS },
    );
  });

  it('formats gaps with a sign', () => {
    expect([formatGap(18), formatGap(-4), formatGap(0)]).toEqual(['+18', '−4', '0']);
  });
});
