/**
 * Loads pagefind on first use (never before: it is the site's largest script) and runs searches.
 * Browser-only.
 *
 * A query becomes one pagefind search per term (see `extractSearchTerms`), ranked by how many terms each
 * page holds; each listed page's excerpt and sections then come from one search for exactly the terms it
 * holds, so every matched word is marked and sections can be ranked on all of them.
 */
import {
  extractCompoundTerms,
  extractSearchTerms,
  isFormOfTerm,
  MAX_RESULTS,
  promoteDefiningPages,
  rankPageMatches,
  toResultView,
  type PagefindFragment,
  type ResultView,
} from '../lib/search-results';
import { loadVocabulary } from './search-vocabulary';

interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page's `content`. */
  words: number[];
  data(): Promise<PagefindFragment>;
}

interface PagefindResponse {
  results: PagefindResult[];
}

interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<PagefindResponse>;
  preload(query: string): Promise<void>;
}

/** Words shown around a match in excerpts. */
const EXCERPT_WORDS = 24;

/** Pause after the last keystroke before searching, so fast typists don't queue stale searches. */
const SEARCH_DEBOUNCE_MS = 150;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

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

/** How many of a term's best pages are checked for the term itself; pagefind approximates for all or none. */
const PAGES_CHECKED_FOR_TERM = 3;

/**
 * Whether pagefind found the term itself (or a form of it) rather than a shorter beginning it fell back to:
 * in the words it matched on one of the best pages, or, for a page matched by its title or description
 * alone (a tool's), in that metadata.
 */
async function holdsTerm(response: PagefindResponse, term: string): Promise<boolean> {
  for (const page of response.results.slice(0, PAGES_CHECKED_FOR_TERM)) {
    const fragment = await page.data();
    // `content` never changes between searches, unlike the fragment's locations: read positions from the result.
    const words = (fragment.content ?? '').split(/\s+/);
    const matched = page.words.length > 0 ? page.words.map((at) => words[at] ?? '') : `${fragment.meta?.title ?? ''} ${fragment.meta?.description ?? ''}`.split(/\s+/);
    if (matched.some((word) => isFormOfTerm(word, term))) return true;
  }
  return false;
}

/** What one search found. */
export interface SearchOutcome {
  /** The terms searched for, after function words were dropped. */
  terms: string[];
  /** Terms no indexed page holds (pagefind found at most a shorter beginning): candidates for a "did you mean". */
  unmatched: string[];
  results: ResultView[];
}

/**
 * Searches the guidance and the tools' explanations, after a pause in which a newer query may supersede it.
 *
 * The pause is ours, not pagefind's `debouncedSearch`: pagefind numbers searches in the order its web worker
 * receives them, and searches typed while the worker starts up can reach it out of order, so the last query
 * typed could be the one dropped and the field would say "Searching…" for ever.
 * @param query what the reader typed
 * @param isSuperseded says whether a newer query has started since this one
 * @returns what was found, or `null` when a newer search superseded this one
 */
export async function searchGuidance(query: string, isSuperseded: () => boolean): Promise<SearchOutcome | null> {
  const terms = extractSearchTerms(query);
  if (terms.length === 0) return { terms, unmatched: [], results: [] };
  const api = await loadPagefind();
  // Index chunks for the words load while the reader may still be typing; a failed preload costs nothing.
  api.preload(terms.join(' ')).catch(() => {});
  await sleep(SEARCH_DEBOUNCE_MS);
  if (isSuperseded()) return null;
  const all = await api.search(terms.join(' '));
  if (isSuperseded()) return null;
  // Hyphenated words are searched joined too ("followup"); unlike typed words, a compound the index
  // lacks ("pricesensitive") is simply left to its parts and never offered a correction.
  const compounds = extractCompoundTerms(query).filter((compound) => !terms.includes(compound));
  const searched = [...terms, ...compounds];
  const perTerm = searched.length === 1 ? [all] : await Promise.all(searched.map((term) => api.search(term)));
  const found = await Promise.all(searched.map((term, i) => holdsTerm(perTerm[i]!, term)));
  const unmatched = terms.filter((_, i) => !found[i]);
  // A term pagefind only approximated ("handel" matched as "hand") would rank pages for a word nobody
  // typed: it counts for nothing, and the reader is offered the closest real words instead.
  const counted = searched.filter((_, i) => found[i]);
  const hits = counted.map((term) => ({ term, pages: perTerm[searched.indexOf(term)]?.results ?? [] }));
  const matches = rankPageMatches(hits).slice(0, MAX_RESULTS);

  // One search per distinct set of terms, shared by the pages that hold that set.
  const searches = new Map<string, Promise<PagefindResponse>>([[terms.join(' '), Promise.resolve(all)]]);
  const [onlyTerm] = counted;
  if (counted.length === 1 && onlyTerm) searches.set(onlyTerm, Promise.resolve(perTerm[searched.indexOf(onlyTerm)]!));
  const results = await Promise.all(
    matches.map(async (match) => {
      const key = match.terms.join(' ');
      if (!searches.has(key)) searches.set(key, api.search(key));
      const result = (await searches.get(key)!).results.find((page) => page.id === match.id);
      // Pagefind reuses one fragment object per page across searches: shape it before another search can.
      const single = result ?? perTerm[searched.indexOf(match.terms[0]!)]!.results.find((page) => page.id === match.id)!;
      return toResultView(await single.data(), result ? match.terms : match.terms.slice(0, 1));
    }),
  );
  const definitions = await loadVocabulary().then(
    (vocabulary) => vocabulary.definitions,
    // Without the glossary's pointers the ranking above still stands.
    () => [],
  );
  return { terms, unmatched, results: promoteDefiningPages(results, counted, definitions) };
}
