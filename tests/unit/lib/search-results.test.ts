import { describe, expect, it } from 'vitest';
import { MAX_SUB_RESULTS, splitMarkedExcerpt, toResultView } from '../../../src/lib/search-results';

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
});

describe('splitMarkedExcerpt', () => {
  it('splits marked and plain runs', () => {
    expect(splitMarkedExcerpt('build <mark>trust</mark> daily')).toEqual([
      { text: 'build ', marked: false },
      { text: 'trust', marked: true },
      { text: ' daily', marked: false },
    ]);
  });

  it('decodes entities and drops any other markup, so nothing is injected', () => {
    expect(splitMarkedExcerpt('a &lt;b&gt; <img src=x onerror=alert(1)>c')).toEqual([{ text: 'a <b> c', marked: false }]);
  });
});
