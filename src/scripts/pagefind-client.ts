/**
 * Loads pagefind on first use (never before: it is the site's largest script) and runs searches.
 * Browser-only.
 */
import { MAX_RESULTS, toResultView, type PagefindFragment, type ResultView } from '../lib/search-results';

interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  debouncedSearch(query: string, options?: object, timeoutMs?: number): Promise<{ results: { data(): Promise<PagefindFragment> }[] } | null>;
}

/** Words shown around a match in excerpts. */
const EXCERPT_WORDS = 24;

/** Pause after the last keystroke before searching, so fast typists don't queue stale searches. */
const SEARCH_DEBOUNCE_MS = 150;

let loading: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const url = `${base.endsWith('/') ? base : `${base}/`}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ baseUrl: base, excerptLength: EXCERPT_WORDS });
    return api;
  })();
  return loading;
}

/**
 * Searches the guidance.
 * @param query what the reader typed
 * @returns the results to show, or `null` when a newer search superseded this one
 */
export async function searchGuidance(query: string): Promise<ResultView[] | null> {
  const api = await loadPagefind();
  const found = await api.debouncedSearch(query, {}, SEARCH_DEBOUNCE_MS);
  if (found === null) return null;
  const fragments = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  return fragments.map(toResultView);
}
