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

function renderLink(link: ResultLink, className: string): HTMLElement {
  const a = document.createElement('a');
  a.href = link.url;
  a.className = className;
  const title = document.createElement('span');
  title.className = 'search-title';
  title.textContent = link.title;
  a.append(title, renderExcerpt(link.excerpt));
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
      item.append(renderLink(result, 'search-hit'));
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

/**
 * Describes the outcome for the live region: screen readers hear how many pages matched.
 * @param query the searched text
 * @param count how many pages matched
 */
export function describeOutcome(query: string, count: number): string {
  if (count === 0) return `No pages match “${query}”.`;
  return `${count} ${count === 1 ? 'page matches' : 'pages match'} “${query}”.`;
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
