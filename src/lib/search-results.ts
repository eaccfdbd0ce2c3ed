/**
 * Turns pagefind's result data into what the search UI shows: a page title, an excerpt with the matched
 * words marked, and a few sub-results that jump to headings on that page.
 */

/** How many pages a search lists. */
export const MAX_RESULTS = 8;

/** How many heading sub-results show under one page; more would bury the next page. */
export const MAX_SUB_RESULTS = 3;

/** The subset of pagefind's `PagefindSearchFragment` the UI reads. */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta?: { title?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
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
  subResults: ResultLink[];
}

/**
 * Shapes one pagefind fragment for display.
 * @param fragment data loaded from a pagefind result
 */
export function toResultView(fragment: PagefindFragment): ResultView {
  const pageUrl = fragment.url;
  const title = fragment.meta?.title?.trim() || pageUrl;
  const subResults = (fragment.sub_results ?? [])
    // The page itself shows up as a sub-result when text precedes the first heading; it is already listed.
    .filter((sub) => sub.url !== pageUrl && sub.url.includes('#'))
    .slice(0, MAX_SUB_RESULTS)
    .map((sub) => ({ url: sub.url, title: sub.title, excerpt: sub.excerpt }));
  return { url: pageUrl, title, excerpt: fragment.excerpt, subResults };
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
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}
