/**
 * Draws search results as plain DOM (lists of links), shared by the header dialog and the search page.
 * Browser-only. Excerpts are built from text nodes and <mark> elements, never from HTML strings.
 */
import { splitMarkedExcerpt, type ResultLink, type ResultView } from '../lib/search-results';

function renderExcerpt(excerpt: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'search-excerpt';
  for (const part of splitMarkedExcerpt(excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else p.append(part.text);
  }
  return p;
}

function renderLink(link: ResultLink, className: string, kind?: ResultView['kind']): HTMLElement {
  const a = document.createElement('a');
  a.href = link.url;
  a.className = className;
  const title = document.createElement('span');
  title.className = 'search-title';
  title.textContent = link.title;
  a.append(title);
  if (kind === 'tool') {
    // Read as part of the link's name ("Tolerance review, tool"), so the badge is not only visual.
    const badge = document.createElement('span');
    badge.className = 'search-kind';
    badge.textContent = 'Tool';
    const spoken = document.createElement('span');
    spoken.className = 'visually-hidden';
    spoken.textContent = ', ';
    a.append(spoken, badge);
  }
  a.append(renderExcerpt(link.excerpt));
  return a;
}

/**
 * Replaces the list's content with the results.
 * @param list the <ol> that holds results
 * @param results what {@link searchGuidance} found
 */
export function renderResults(list: HTMLElement, results: readonly ResultView[]): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      item.append(renderLink(result, 'search-hit', result.kind));
      if (result.subResults.length > 0) {
        const subs = document.createElement('ul');
        for (const sub of result.subResults) {
          const subItem = document.createElement('li');
          subItem.append(renderLink(sub, 'search-hit search-sub-hit'));
          subs.append(subItem);
        }
        item.append(subs);
      }
      return item;
    }),
  );
}

/** A "did you mean" offer: the closest indexed word to a term nothing matched, and the query it makes. */
export interface SuggestionOffer {
  word: string;
  query: string;
}

/**
 * Draws the "did you mean" line: one button per offer, which searches for the corrected query.
 * @param container the element that holds the line
 * @param offers what to offer, closest first
 * @param onChoose called with the corrected query
 */
export function renderSuggestions(container: HTMLElement, offers: readonly SuggestionOffer[], onChoose: (query: string) => void): void {
  const intro = document.createElement('span');
  intro.textContent = 'Did you mean ';
  const buttons = offers.map((offer, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button';
    button.textContent = offer.word;
    button.setAttribute('aria-label', `Search for “${offer.query}”`);
    button.addEventListener('click', () => onChoose(offer.query));
    return i < offers.length - 1 ? [button, ', '] : [button, '?'];
  });
  const line = document.createElement('p');
  line.append(intro, ...buttons.flat());
  container.replaceChildren(line);
}

/**
 * Describes the outcome for the live region: screen readers hear how many pages matched.
 * @param query the searched text
 * @param count how many pages matched
 */
export function describeOutcome(query: string, count: number): string {
  if (count === 0) return `No pages match “${query}”.`;
  return `${count} ${count === 1 ? 'page matches' : 'pages match'} “${query}”.`;
}
