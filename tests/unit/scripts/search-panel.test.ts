// @vitest-environment jsdom
/**
 * The search panel draws the results of the newest query only, whatever order the searches finish in:
 * pagefind's worker can receive the searches typed while it starts up out of order.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchOutcome } from '../../../src/scripts/pagefind-client';

/** One pending search per query, settled by the test in whatever order it likes. */
const pending = new Map<string, { isSuperseded: () => boolean; resolve: () => void }>();

vi.mock('../../../src/scripts/pagefind-client', () => ({
  searchGuidance: (query: string, isSuperseded: () => boolean) =>
    new Promise<SearchOutcome | null>((resolve) => {
      pending.set(query, {
        isSuperseded,
        // Unlike the real client, a superseded search still answers: the panel itself must drop it.
        resolve: () => resolve({ terms: [query], unmatched: [], results: [{ url: `/${query}/`, title: `Page for ${query}`, excerpt: query, subResults: [] }] }),
      });
    }),
}));

const { attachSearchPanel } = await import('../../../src/scripts/search-panel');

function buildPanel(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `<form><input data-search-input></form><p data-search-status></p><ol data-search-results></ol>
    <div data-search-suggestions hidden></div><div data-search-empty hidden></div>`;
  document.body.append(root);
  return root;
}

async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.value = text;
  input.dispatchEvent(new Event('input'));
  // Let the panel load its (mocked) search modules and reach the search call.
  await vi.waitFor(() => expect(pending.has(text)).toBe(true));
}

async function settle(query: string): Promise<void> {
  pending.get(query)!.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('search panel', () => {
  beforeEach(() => pending.clear());
  afterEach(() => document.body.replaceChildren());

  it('draws the newest query when an older search finishes after it', async () => {
    const root = buildPanel();
    const panel = attachSearchPanel(root);
    await typeInto(panel.input, 'surpris');
    await typeInto(panel.input, 'surprise');
    expect(pending.get('surpris')!.isSuperseded()).toBe(true);
    expect(pending.get('surprise')!.isSuperseded()).toBe(false);

    await settle('surprise');
    await settle('surpris');
    const status = root.querySelector('[data-search-status]')!.textContent;
    expect(status).not.toContain('Searching');
    expect(root.querySelector('[data-search-results]')!.textContent).toContain('Page for surprise');
    expect(root.querySelectorAll('[data-search-results] a.search-hit')).toHaveLength(1);
  });

  it('draws the newest query when it finishes before an older one', async () => {
    const root = buildPanel();
    const panel = attachSearchPanel(root);
    await typeInto(panel.input, 'loyal');
    await typeInto(panel.input, 'loyalty');
    await settle('loyal');
    expect(root.querySelector('[data-search-status]')!.textContent).toContain('Searching');
    await settle('loyalty');
    expect(root.querySelector('[data-search-status]')!.textContent).not.toContain('Searching');
    expect(root.querySelector('[data-search-results]')!.textContent).toContain('Page for loyalty');
  });

  it('leaves nothing drawn once the field is emptied, even if a search then finishes', async () => {
    const root = buildPanel();
    const panel = attachSearchPanel(root);
    await typeInto(panel.input, 'trust');
    panel.input.value = '';
    panel.input.dispatchEvent(new Event('input'));
    await settle('trust');
    expect(root.querySelector('[data-search-status]')!.textContent).toBe('');
    expect(root.querySelector('[data-search-results]')!.children).toHaveLength(0);
  });
});
