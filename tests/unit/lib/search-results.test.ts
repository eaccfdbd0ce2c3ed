import { describe, expect, it } from 'vitest';
import {
  extractCompoundTerms,
  extractSearchTerms,
  isFormOfTerm,
  MAX_SUB_RESULTS,
  promoteDefiningPages,
  rankPageMatches,
  splitMarkedExcerpt,
  STOP_WORDS,
  toResultView,
} from '../../../src/lib/search-results';

describe('toResultView', () => {
  it('keeps heading sub-results and drops the one that repeats the page', () => {
    const view = toResultView({
      url: '/playbook/weekly-habits/',
      excerpt: 'a <mark>surprise</mark>',
      meta: { title: 'Six weekly habits' },
      sub_results: [
        { url: '/playbook/weekly-habits/', title: 'Six weekly habits', excerpt: 'x' },
        { url: '/playbook/weekly-habits/#surprise-them', title: 'Surprise them', excerpt: 'y' },
      ],
    });
    expect(view.title).toBe('Six weekly habits');
    expect(view.subResults.map((s) => s.url)).toEqual(['/playbook/weekly-habits/#surprise-them']);
  });

  it(`shows at most ${MAX_SUB_RESULTS} sub-results`, () => {
    const subs = Array.from({ length: 6 }, (_, i) => ({ url: `/p/#h${i}`, title: `H${i}`, excerpt: '' }));
    expect(toResultView({ url: '/p/', excerpt: '', sub_results: subs }).subResults).toHaveLength(MAX_SUB_RESULTS);
  });

  it('falls back to the address when a page has no title', () => {
    expect(toResultView({ url: '/p/', excerpt: '' }).title).toBe('/p/');
  });

  it('orders sections by how well they match, not by their place on the page', () => {
    const at = (location: number, balanced_score: number) => ({ location, weight: 1, balanced_score });
    const view = toResultView(
      {
        url: '/p/',
        excerpt: '',
        // Words 0-3 sit in the first section, 4-7 in the second, 8-11 in the third.
        content: 'a client said hello the client complained loudly another client here today',
        sub_results: [
          { url: '/p/#one', title: 'One', excerpt: '', weighted_locations: [at(1, 3)] },
          { url: '/p/#two', title: 'Two', excerpt: '', weighted_locations: [at(5, 2), at(6, 4)] },
          { url: '/p/#three', title: 'Three', excerpt: '', weighted_locations: [at(9, 2), at(9, 2), at(9, 2)] },
        ],
      },
      ['client', 'complains'],
    );
    // "Two" holds both terms; "Three" repeats one term more often than "One" does.
    expect(view.subResults.map((s) => s.title)).toEqual(['Two', 'Three', 'One']);
  });

  it('marks a tool page as a tool, and nothing else', () => {
    expect(toResultView({ url: '/tools/x/', excerpt: '', meta: { title: 'X', kind: 'tool' } }).kind).toBe('tool');
    expect(toResultView({ url: '/playbook/x/', excerpt: '', meta: { title: 'X' } }).kind).toBeUndefined();
  });
});

describe('extractSearchTerms', () => {
  it('keeps the words that carry meaning, once each, in lower case', () => {
    expect(extractSearchTerms('How often should I contact a NEW client, a new client?')).toEqual(['often', 'contact', 'new', 'client']);
  });

  it('drops contractions of function words, with either apostrophe', () => {
    expect(extractSearchTerms('I don’t know what’s wrong, can\'t they pay?')).toEqual(['know', 'wrong', 'pay']);
  });

  it('splits hyphenated words and drops a possessive', () => {
    expect(extractSearchTerms("follow-up for a client's referral")).toEqual(['follow', 'up', 'client', 'referral']);
  });

  it('keeps function words when there is nothing else to search for', () => {
    expect(extractSearchTerms('what is it')).toEqual(['what', 'is', 'it']);
    expect(extractSearchTerms('  ?! ')).toEqual([]);
  });

  it('never drops the words the guidance is about', () => {
    for (const word of ['first', 'new', 'after', 'before', 'often', 'client', 'price', 'up']) expect(STOP_WORDS.has(word)).toBe(false);
  });
});

describe('extractCompoundTerms', () => {
  it('joins hyphenated words as pagefind indexes them, once each', () => {
    expect(extractCompoundTerms('Follow-up after a check-in, then a follow-up')).toEqual(['followup', 'checkin']);
    expect(extractCompoundTerms('how often should I call')).toEqual([]);
  });
});

describe('isFormOfTerm', () => {
  it('accepts forms of one stem, as pagefind matches them', () => {
    expect(isFormOfTerm('complaint.', 'complains')).toBe(true);
    expect(isFormOfTerm('Leaves', 'leaving')).toBe(true);
    expect(isFormOfTerm('client’s', 'client')).toBe(true);
    expect(isFormOfTerm('handwritten', 'hand')).toBe(true);
  });

  it('rejects the shorter beginnings pagefind falls back to for a word it does not hold', () => {
    expect(isFormOfTerm('hand', 'handel')).toBe(false);
    expect(isFormOfTerm('paper', 'paperwork')).toBe(false);
    expect(isFormOfTerm('tolerance', 'tolerence')).toBe(false);
    expect(isFormOfTerm('has', 'hat')).toBe(false);
  });
});

describe('rankPageMatches', () => {
  it('puts a page holding the rare word above pages holding only the common one', () => {
    const ranked = rankPageMatches([
      { term: 'client', pages: [{ id: 'a', score: 9 }, { id: 'b', score: 5 }, { id: 'c', score: 4 }, { id: 'd', score: 3 }] },
      { term: 'complains', pages: [{ id: 'c', score: 1 }] },
    ]);
    expect(ranked.map((m) => m.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(ranked[0]!.terms).toEqual(['client', 'complains']);
  });

  it('orders pages holding the same terms by pagefind score', () => {
    const ranked = rankPageMatches([{ term: 'trust', pages: [{ id: 'x', score: 1 }, { id: 'y', score: 3 }] }]);
    expect(ranked.map((m) => m.id)).toEqual(['y', 'x']);
  });

  it('copes with terms nothing matched and scores that are not numbers', () => {
    const ranked = rankPageMatches([
      { term: 'zzz', pages: [] },
      { term: 'trust', pages: [{ id: 'x', score: Number.NaN }] },
    ]);
    expect(ranked).toEqual([{ id: 'x', terms: ['trust'], score: expect.any(Number) }]);
    expect(Number.isFinite(ranked[0]!.score)).toBe(true);
  });
});

describe('splitMarkedExcerpt', () => {
  it('splits marked and plain runs', () => {
    expect(splitMarkedExcerpt('build <mark>trust</mark> daily')).toEqual([
      { text: 'build ', marked: false },
      { text: 'trust', marked: true },
      { text: ' daily', marked: false },
    ]);
  });

  it('never marks a function word, whatever pagefind marked', () => {
    expect(splitMarkedExcerpt('<mark>It</mark> <mark>is</mark> a <mark>trusted</mark> <mark>advisor.</mark>')).toEqual([
      { text: 'It is a ', marked: false },
      { text: 'trusted', marked: true },
      { text: ' ', marked: false },
      { text: 'advisor.', marked: true },
    ]);
  });

  it('decodes entities and drops any other markup, so nothing is injected', () => {
    expect(splitMarkedExcerpt('a &lt;b&gt; <img src=x onerror=alert(1)>c')).toEqual([{ text: 'a <b> c', marked: false }]);
  });
});

describe('promoteDefiningPages', () => {
  const view = (url: string) => ({ url, title: url, excerpt: '', subResults: [] });
  const results = [view('/tools/tolerance-review/'), view('/playbook/glossary/'), view('/playbook/satisfaction-and-loyalty/')];
  const definitions = [
    { term: 'zone of tolerance', guide: '/playbook/satisfaction-and-loyalty/' },
    { term: 'touchpoint', guide: '/playbook/satisfaction-and-loyalty/' },
  ];

  it('lists the page explaining a glossary term first when the query is that term', () => {
    expect(promoteDefiningPages(results, ['zone', 'tolerance'], definitions).map((r) => r.url)).toEqual([
      '/playbook/satisfaction-and-loyalty/',
      '/tools/tolerance-review/',
      '/playbook/glossary/',
    ]);
  });

  it('keeps the order when the query asks for more than the term, or only part of it', () => {
    for (const terms of [['touchpoint', 'planner'], ['tolerance']]) {
      expect(promoteDefiningPages(results, terms, definitions)).toEqual(results);
    }
  });
});
