import { describe, expect, it } from 'vitest';
import { findCloseWords, MAX_SUGGESTIONS } from '../../../src/scripts/search-suggestions';

const VOCABULARY = {
  terms: ['zone of tolerance', 'trusted advisor'],
  words: ['complaint', 'complains', 'compliant', 'tolerant', 'referral', 'referred', 'trusted', 'trust', 'handle', 'hand'],
};

describe('findCloseWords', () => {
  it('offers the indexed words a typing slip away, closest first', () => {
    expect(findCloseWords('complant', VOCABULARY)).toEqual(['complaint', 'compliant', 'complains']);
    expect(findCloseWords('refferal', VOCABULARY)).toEqual(['referral']);
    // Two letters swapped count as two edits; a six-letter word allows them.
    expect(findCloseWords('handel', VOCABULARY)[0]).toBe('handle');
  });

  it('prefers a word of a glossary term when two are as close', () => {
    // "tolerence" is one edit from "tolerance" (a glossary word) and two from "tolerant".
    expect(findCloseWords('tolerence', VOCABULARY)[0]).toBe('tolerance');
  });

  it(`offers at most ${MAX_SUGGESTIONS} words, never the word itself, and nothing for a word far from all`, () => {
    expect(findCloseWords('complant', VOCABULARY).length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(findCloseWords('trust', VOCABULARY)).not.toContain('trust');
    expect(findCloseWords('xylophone', VOCABULARY)).toEqual([]);
  });
});
