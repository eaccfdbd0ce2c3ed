/**
 * Wires one search panel (a field, a live status line, a results list, "did you mean" suggestions and a
 * page list for when nothing matches), used by the header dialog and by the /search/ page. Browser-only.
 * The search and drawing code loads with the first query, so the search page's own script stays small.
 */

function loadSearch() {
  return Promise.all([import('./pagefind-client'), import('./search-render')]);
}

/** A wired panel. */
export interface SearchPanel {
  input: HTMLInputElement;
  /** Runs a search for the text now in the field. */
  run(): Promise<void>;
}

/**
 * Finds the panel's parts under `root` and makes them search as the reader types.
 * @param root element holding `[data-search-input]`, `[data-search-status]`, `[data-search-results]`,
 *   `[data-search-suggestions]` and `[data-search-empty]`
 * @param onQuery called with each query that was searched (the search page mirrors it into the URL)
 */
export function attachSearchPanel(root: HTMLElement, onQuery?: (query: string) => void): SearchPanel {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const suggestions = root.querySelector<HTMLElement>('[data-search-suggestions]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const form = input.form;

  function clear(): void {
    list.replaceChildren();
    suggestions.replaceChildren();
    suggestions.hidden = true;
    empty.hidden = true;
  }

  /** Numbers each search, so only the newest one draws its results. */
  let latestSearch = 0;

  async function run(): Promise<void> {
    const ticket = ++latestSearch;
    const isSuperseded = (): boolean => ticket !== latestSearch;
    const query = input.value.trim();
    onQuery?.(query);
    if (query === '') {
      clear();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    let outcome;
    let render: Awaited<ReturnType<typeof loadSearch>>[1];
    try {
      const [client, renderer] = await loadSearch();
      render = renderer;
      outcome = await client.searchGuidance(query, isSuperseded);
    } catch {
      if (!isSuperseded()) status.textContent = 'Search could not load. Check your connection and try again.';
      return;
    }
    // A newer keystroke started another search; it will draw its own results.
    if (outcome === null || isSuperseded()) return;
    clear();
    render.renderResults(list, outcome.results);
    status.textContent = render.describeOutcome(query, outcome.results.length);
    empty.hidden = outcome.results.length > 0;
    if (outcome.unmatched.length > 0) void showSuggestions(query, outcome.unmatched, outcome.results.length, isSuperseded);
  }

  /** Offers the closest indexed words for each term nothing matched; loaded only when needed. */
  async function showSuggestions(query: string, unmatched: string[], resultCount: number, isSuperseded: () => boolean): Promise<void> {
    try {
      const { suggestReplacements } = await import('./search-suggestions');
      const offers = await suggestReplacements(query, unmatched);
      if (isSuperseded() || offers.length === 0) return;
      const { describeOutcome, renderSuggestions } = await import('./search-render');
      renderSuggestions(suggestions, offers, (replacement) => {
        input.value = replacement;
        input.focus();
        void run();
      });
      suggestions.hidden = false;
      // The live region says it too: a screen reader hears the offer without hunting for it.
      status.textContent = `${describeOutcome(query, resultCount)} Did you mean ${offers.map((offer) => offer.word).join(' or ')}?`;
    } catch {
      // Suggestions are a convenience: the page list below still offers a way on.
    }
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
  list.addEventListener('keydown', (event) => {
    if (moveThroughResults(event, input, list)) return;
    // On /search/, Escape from a result goes back to the field; in the dialog it closes the dialog, as dialogs do.
    if (event.key === 'Escape' && !root.closest('dialog')) {
      event.preventDefault();
      input.focus();
    }
  });
  form?.addEventListener('submit', (event) => event.preventDefault());
  return { input, run };
}

/**
 * Moves focus between result links with the arrow keys, starting from the search field.
 * @param event the keydown event
 * @param input the search field
 * @param list the results list
 * @returns whether the key was handled
 */
export function moveThroughResults(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): boolean {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
  if (links.length === 0) return false;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  event.preventDefault();
  if (event.key === 'ArrowDown') (links[at + 1] ?? links[0])?.focus();
  else if (at <= 0) input.focus();
  else links[at - 1]?.focus();
  return true;
}
