/**
 * Turns what the reader typed into search terms, and pagefind's result data into what the search UI shows:
 * pages ranked by how many of the terms they hold, each with an excerpt and the sections that match best.
 *
 * Pagefind only returns pages that hold every word of a query, so a question typed in plain words
 * ("how often should I contact a new client") would find nothing or the wrong page. The search therefore
 * drops function words, asks pagefind about each remaining term, and ranks pages with {@link rankPageMatches}.
 */

/** How many pages a search lists. */
export const MAX_RESULTS = 8;

/** How many heading sub-results show under one page; more would bury the next page. */
export const MAX_SUB_RESULTS = 3;

/**
 * Function words dropped from a query before it reaches pagefind: they carry no meaning a page could
 * match, pagefind would require every page to contain them, and its prefix matching would mark words
 * like "about" for a typed "a". English articles, pronouns, auxiliaries, prepositions, conjunctions and
 * question words; words the guidance is about ("first", "new", "after", "before", "often") stay.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so if then than as of to in on at by for from with into onto about ' +
    'is are was were be been being am do does did done have has had having can could should would will shall may might must ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'this that these those there here what which who whom whose when where why how ' +
    'not no yes any some just also too very really get got ' +
    "don't doesn't didn't can't won't isn't aren't wasn't i'm i've i'd we're you're they're"
  ).split(' '),
);

/**
 * Splits a query into the words worth searching for: lower case, punctuation and function words gone,
 * each word once. A query of nothing but function words ("what is it") keeps them, so it still searches.
 * @param query what the reader typed
 * @example extractSearchTerms('How often should I contact a new client?') // ['often', 'contact', 'new', 'client']
 */
export function extractSearchTerms(query: string): string[] {
  const words = query.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
  const unique = [...new Set(words.map((word) => word.replace(/'s$/, '')))];
  const meaningful = unique.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : unique;
}

/**
 * The hyphenated words of a query, joined the way pagefind indexes them ("follow-up" is found as
 * "followup"). Searched besides their parts, which {@link extractSearchTerms} keeps.
 * @param query what the reader typed
 * @example extractCompoundTerms('follow-up after a check-in') // ['followup', 'checkin']
 */
export function extractCompoundTerms(query: string): string[] {
  const compounds = query.toLowerCase().match(/[\p{L}\p{N}]+(?:[-‐‑–][\p{L}\p{N}]+)+/gu) ?? [];
  return [...new Set(compounds.map((word) => word.replace(/[-‐‑–]/g, '')))];
}

/** One page pagefind found for one term, with its relevance score. */
export interface TermHit {
  id: string;
  score: number;
}

/** A page found for at least one term. */
export interface PageMatch {
  id: string;
  /** The terms the page holds, in query order. */
  terms: string[];
  /** How well the page answers the whole query (see {@link rankPageMatches}); higher is better. */
  score: number;
}

/**
 * Ranks pages for a query of several terms, the way a reader would: a page holding the query's rare words
 * ("complains", "birthday") beats one holding only its common ones ("client"), and among pages holding the
 * same words, the one pagefind scores higher for them (more mentions, in headings) comes first.
 *
 * Each term weighs its inverse document frequency, `ln(1 + pages / pages holding it)`; a page earns, per
 * term it holds, that weight times (1 + its pagefind score relative to the best page's for the term).
 * @param hits for each term, in query order, the pages pagefind returned for it alone
 */
export function rankPageMatches(hits: ReadonlyArray<{ term: string; pages: readonly TermHit[] }>): PageMatch[] {
  const pageCount = new Set(hits.flatMap((hit) => hit.pages.map((page) => page.id))).size;
  const byId = new Map<string, PageMatch>();
  for (const { term, pages } of hits) {
    if (pages.length === 0) continue;
    const weight = Math.log(1 + pageCount / pages.length);
    const best = Math.max(...pages.map((page) => (Number.isFinite(page.score) ? page.score : 0)));
    for (const page of pages) {
      const match = byId.get(page.id) ?? { id: page.id, terms: [], score: 0 };
      if (match.terms.includes(term)) continue;
      const relative = best > 0 && Number.isFinite(page.score) ? page.score / best : 0;
      match.terms.push(term);
      match.score += weight * (1 + relative);
      byId.set(page.id, match);
    }
  }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

/** Where a matched word sits in a page and how much it counts (pagefind's `weighted_locations`). */
export interface WeightedLocation {
  location: number;
  weight: number;
  balanced_score: number;
}

/** A section of a page as pagefind splits it at headings with an id. */
export interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
  weighted_locations?: WeightedLocation[];
}

/** The subset of pagefind's `PagefindSearchFragment` the UI reads. */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  /** The page's indexed text; `locations` index its whitespace-separated words. */
  content?: string;
  meta?: { title?: string; description?: string; kind?: string };
  sub_results?: PagefindSubResult[];
}

/** One link in the results list. */
export interface ResultLink {
  url: string;
  title: string;
  /** Text with matched words wrapped in `<mark>`; everything else is plain text (see {@link splitMarkedExcerpt}). */
  excerpt: string;
}

/** A page in the results, with its heading sub-results. */
export interface ResultView extends ResultLink {
  /** Set for a tool's page (its `data-pagefind-meta="kind:tool"`), so the UI can mark it as a tool. */
  kind?: 'tool';
  subResults: ResultLink[];
}

/**
 * Endings English words take on a shared stem. Pagefind matches by stem ("leaving" finds "leaves"), and
 * when a word is not in the index at all it quietly matches a shorter beginning instead ("handel" finds
 * "hand", "paperwork" finds "paper"); a leftover that is not one of these endings tells the two apart.
 */
const WORD_ENDINGS = new Set(['', 's', 'es', 'e', 'ed', 'd', 'ing', 'er', 'ers', 'y', 'ies', 'ied', 'ly', 'ion', 'ions', 'ation', 'ment', 'ments', 'al', 'ful', 'able']);

/** Shortest shared beginning that can count as one stem; shorter ones ("ha") match too much. */
const MIN_STEM_LENGTH = 3;

/**
 * Whether a word of a page is a form of a search term: they share a stem and what is left of each is an
 * ordinary English ending ("complains" and "complaint", "taking" and "takes"; not "handel" and "hand").
 * @param word a word of the page, any case, punctuation allowed
 * @param term a search term from {@link extractSearchTerms}
 */
export function isFormOfTerm(word: string, term: string): boolean {
  const plain = normalizeWord(word);
  if (plain === term) return true;
  let shared = 0;
  while (shared < plain.length && shared < term.length && plain[shared] === term[shared]) shared += 1;
  if (shared < MIN_STEM_LENGTH) return false;
  const termRest = term.slice(shared);
  const wordRest = plain.slice(shared);
  if (termRest === '') return true;
  // "complains" / "complaint": the page word adds a letter to the same stem.
  return WORD_ENDINGS.has(termRest) && (WORD_ENDINGS.has(wordRest) || wordRest.length <= 1);
}

/**
 * How well a section matches: the sum of pagefind's scores for its matched words, scaled by the share of
 * the terms it holds, so a section answering the whole question beats one that repeats a single word.
 */
function scoreSection(sub: PagefindSubResult, words: readonly string[], terms: readonly string[]): number {
  const locations = sub.weighted_locations ?? [];
  const total = locations.reduce((sum, at) => sum + (Number.isFinite(at.balanced_score) ? at.balanced_score : 0), 0);
  if (terms.length <= 1 || words.length === 0) return total;
  const held = terms.filter((term) => locations.some((at) => isFormOfTerm(words[at.location] ?? '', term)));
  return total * (held.length / terms.length) ** 2;
}

function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Shapes one pagefind fragment for display, with its sections ordered by how well they match the terms
 * (pagefind lists them in page order) and at most {@link MAX_SUB_RESULTS} of them.
 * @param fragment data loaded from a pagefind result
 * @param terms the search terms the page was found for (see {@link extractSearchTerms})
 */
export function toResultView(fragment: PagefindFragment, terms: readonly string[] = []): ResultView {
  const pageUrl = fragment.url;
  const title = fragment.meta?.title?.trim() || pageUrl;
  const words = fragment.content?.split(/\s+/) ?? [];
  const subResults = (fragment.sub_results ?? [])
    // The page itself shows up as a sub-result when text precedes the first heading; it is already listed.
    .filter((sub) => sub.url !== pageUrl && sub.url.includes('#'))
    .map((sub, order) => ({ sub, order, score: scoreSection(sub, words, terms) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_SUB_RESULTS)
    .map(({ sub }) => ({ url: sub.url, title: sub.title, excerpt: sub.excerpt }));
  const view: ResultView = { url: pageUrl, title, excerpt: fragment.excerpt, subResults };
  if (fragment.meta?.kind === 'tool') view.kind = 'tool';
  return view;
}

/** A glossary term and the guidance page that explains it (its address, with the site's base). */
export interface Definition {
  term: string;
  guide: string;
}

/**
 * Lists first the page that explains a glossary term when the query is that term ("what is the zone of
 * tolerance"; not "touchpoint planner", which asks for more than the term):
 * the glossary says which page teaches each term, and a tool page that uses the term in its title
 * would otherwise outrank the page that explains it. Other results keep their order.
 * @param results ranked results
 * @param terms the query's search terms
 * @param definitions the glossary's terms and their guidance pages
 */
export function promoteDefiningPages(results: readonly ResultView[], terms: readonly string[], definitions: readonly Definition[]): ResultView[] {
  const named = definitions.filter((definition) => {
    const words = extractSearchTerms(definition.term);
    return words.length > 0 && words.every((word) => terms.includes(word)) && terms.every((term) => words.includes(term));
  });
  const guides = new Set(named.map((definition) => new URL(definition.guide, 'https://x.invalid').pathname));
  const isGuide = (result: ResultView) => guides.has(new URL(result.url, 'https://x.invalid').pathname);
  return [...results.filter(isGuide), ...results.filter((result) => !isGuide(result))];
}

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Splits a pagefind excerpt into plain and marked runs, so the UI can build text nodes and never inject HTML.
 * Any tag other than `<mark>` is dropped; entities are decoded.
 * @param excerpt pagefind's excerpt, for example `how to <mark>earn</mark> trust`
 */
export function splitMarkedExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(token)) marked = true;
    else if (/^<\/mark>$/i.test(token)) marked = false;
    else {
      const text = token.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
      if (!text) continue;
      // A function word is never worth marking, whatever pagefind matched it for.
      const keep = marked && !STOP_WORDS.has(normalizeWord(text));
      const last = parts.at(-1);
      if (last && last.marked === keep) last.text += text;
      else parts.push({ text, marked: keep });
    }
  }
  return parts;
}
