import { describe, expect, it } from 'vitest';
import { MIDDLE_ENTRIES, scoreLoyalty, type Entries } from '../model';
import {
  addScorecard,
  findBaseline,
  findLatestScorecard,
  findPreviousScorecard,
  listLatestScores,
  rankScorecards,
} from '../history';
import type { Scorecard } from '../schema';

function card(id: string, clientId: string, savedOn: string, entries: Partial<Entries> = {}): Scorecard {
  return { id, clientId, savedOn, entries: { ...MIDDLE_ENTRIES, ...entries } };
}

const acmeMarch = card('a1', 'acme', '2026-03-01', { core: 3 });
const acmeApril = card('a2', 'acme', '2026-04-01', { core: 8 });
const birchApril = card('b1', 'birch', '2026-04-02', { core: 10, extraMile: 10 });

describe('addScorecard', () => {
  it('adds a scorecard at the end of the list', () => {
    expect(addScorecard([acmeMarch], acmeApril)).toEqual([acmeMarch, acmeApril]);
  });

  it('replaces the same client’s scorecard of the same day, keeping one per client per day', () => {
    const again = card('a3', 'acme', '2026-04-01', { core: 9 });
    expect(addScorecard([acmeMarch, acmeApril, birchApril], again)).toEqual([acmeMarch, birchApril, again]);
  });
});

describe('latest and previous scorecards', () => {
  const cards = [acmeApril, birchApril, acmeMarch];

  it('find a client’s latest scorecard by date, whatever the order of the list', () => {
    expect(findLatestScorecard(cards, 'acme')).toBe(acmeApril);
    expect(findLatestScorecard(cards, 'nobody')).toBeUndefined();
  });

  it('find the scorecard before a given one, for the same client only', () => {
    expect(findPreviousScorecard(cards, acmeApril)).toBe(acmeMarch);
    expect(findPreviousScorecard(cards, acmeMarch)).toBeUndefined();
    expect(findPreviousScorecard(cards, birchApril)).toBeUndefined();
  });

  it('lists each client’s latest score for the other tools', () => {
    expect(listLatestScores(cards)).toEqual({
      acme: { clientId: 'acme', score: scoreLoyalty(acmeApril.entries).score, savedOn: '2026-04-01' },
      birch: { clientId: 'birch', score: scoreLoyalty(birchApril.entries).score, savedOn: '2026-04-02' },
    });
  });
});

describe('rankScorecards', () => {
  it('sorts by score, highest first, with the change since the client’s previous scorecard', () => {
    const ranked = rankScorecards([acmeMarch, acmeApril, birchApril]);
    expect(ranked.map((row) => row.card.id)).toEqual(['b1', 'a2', 'a1']);
    const april = ranked[1]!;
    expect(april.change).toBe(scoreLoyalty(acmeApril.entries).score - scoreLoyalty(acmeMarch.entries).score);
    expect(april.previousOn).toBe('2026-03-01');
    expect(ranked[2]!.change).toBeUndefined();
  });

  it('puts the more recent first when scores are equal', () => {
    const older = card('o', 'x', '2026-01-01');
    const newer = card('n', 'y', '2026-02-01');
    expect(rankScorecards([older, newer]).map((row) => row.card.id)).toEqual(['n', 'o']);
  });
});

describe('findBaseline ("vs last time")', () => {
  const cards = [acmeMarch, acmeApril, birchApril];
  const today = '2026-05-01';

  it('compares a reopened scorecard, left as it was, with the one its client had before it', () => {
    expect(findBaseline(cards, { clientId: 'acme', openedId: 'a2', entries: acmeApril.entries, today })).toBe(acmeMarch);
  });

  it('compares a reopened scorecard that was changed with the client’s latest scorecard before today', () => {
    const entries = { ...acmeApril.entries, core: 1 };
    expect(findBaseline(cards, { clientId: 'acme', openedId: 'a2', entries, today })).toBe(acmeApril);
    expect(findBaseline(cards, { clientId: 'acme', openedId: 'a1', entries, today })).toBe(acmeApril);
  });

  it('compares a new form for a known client with that client’s latest scorecard from an earlier day', () => {
    expect(findBaseline(cards, { clientId: 'acme', openedId: undefined, entries: MIDDLE_ENTRIES, today })).toBe(acmeApril);
    // Saving today would replace today's scorecard, so it is not "last time".
    expect(findBaseline(cards, { clientId: 'acme', openedId: undefined, entries: MIDDLE_ENTRIES, today: '2026-04-01' })).toBe(acmeMarch);
  });

  it('has nothing to compare for an unknown client or a first scorecard', () => {
    expect(findBaseline(cards, { clientId: undefined, openedId: 'a2', entries: acmeApril.entries, today })).toBeUndefined();
    expect(findBaseline(cards, { clientId: 'birch', openedId: 'b1', entries: birchApril.entries, today })).toBeUndefined();
  });
});
