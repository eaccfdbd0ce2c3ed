import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, slugifyHeading } from '../../../src/lib/content-text';

describe('slugifyHeading', () => {
  it('joins lower-case words with hyphens', () => {
    expect(slugifyHeading('An IT support firm')).toBe('an-it-support-firm');
  });

  it('drops accents, apostrophes and punctuation at the ends', () => {
    expect(slugifyHeading("  Café owner's bakery! ")).toBe('cafe-owners-bakery');
  });

  it('always gives a valid anchor: no spaces, no doubled or edge hyphens, over all inputs', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const slug = slugifyHeading(text);
        expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
        expect(slugifyHeading(slug)).toBe(slug);
      }),
    );
  });
});

describe('countWords', () => {
  it('counts nothing in an empty or blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \n\t— ')).toBe(0);
  });

  it('keeps contractions, hyphenated words and number ranges whole', () => {
    expect(countWords("The client's follow-up took 18–24 months.")).toBe(6);
  });

  it('counts each word once however it is spaced, over all inputs', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const gap = fc.constantFrom(' ', '  ', '\n', ', ', '. ', ' — ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 30 }), (pairs) => {
        const text = pairs.map(([w, g]) => w + g).join('');
        expect(countWords(text)).toBe(pairs.length);
      }),
    );
  });
});
