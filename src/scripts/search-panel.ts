/**
 * Wires one search panel (a field, a live status line, a results list and a no-results suggestion),
 * used by the header dialog and by the /search/ page. Browser-only.
 */
import { searchGuidance } from './pagefind-client';
import { describeOutcome, moveThroughResults, renderResults } from './search-render';

/** A wired panel. */
export interface SearchPanel {
  input: HTMLInputElement;
  /** Runs a search for the text now in the field. */
  run(): Promise<void>;
}

/**
 * Finds the panel's parts under `root` and makes them search as the reader types.
 * @param root element holding `[data-search-input]`, `[data-search-status]`, `[data-search-results]`, `[data-search-empty]`
 * @param onQuery called with each query that was searched (the search page mirrors it into the URL)
 */
export function attachSearchPanel(root: HTMLElement, onQuery?: (query: string) => void): SearchPanel {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const form = input.form;

  async function run(): Promise<void> {
    const query = input.value.trim();
    onQuery?.(query);
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    let results;
    try {
      results = await searchGuidance(query);
    } catch {
      status.textContent = 'Search could not load. Check your connection and try again.';
      return;
    }
    // A newer keystroke started another search; it will draw its own results.
    if (results === null || input.value.trim() !== query) return;
    renderResults(list, results);
    status.textContent = describeOutcome(query, results.length);
    empty.hidden = results.length > 0;
  }

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (moveThroughResults(event, input, list)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      const first = list.querySelector<HTMLAnchorElement>('a.search-hit');
      if (first) first.click();
    }
  });
  list.addEventListener('keydown', (event) => moveThroughResults(event, input, list));
  form?.addEventListener('submit', (event) => event.preventDefault());
  return { input, run };
}
