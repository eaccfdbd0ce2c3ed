/**
 * Reading-path helpers: order the playbook, find a page's neighbours, choose table-of-contents headings.
 */

/** A heading as Astro's MDX renderer reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Headings shallower or deeper than these stay out of the on-page table of contents. */
export const TOC_MIN_DEPTH = 2;
export const TOC_MAX_DEPTH = 3;

/** A page is "long" enough for a table of contents once it has this many h2 sections. */
export const TOC_MIN_SECTIONS = 3;

/**
 * Sorts entries by their `order` field, then by id so equal orders stay stable.
 * @param entries collection entries with `data.order`
 */
export function sortByOrder<T extends { id: string; data: { order: number } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/**
 * Finds the entries before and after `id` on the reading path.
 * @param ordered entries already in reading order
 * @param id the current entry's id
 */
export function findNeighbours<T extends { id: string }>(
  ordered: readonly T[],
  id: string,
): { previous?: T; next?: T } {
  const at = ordered.findIndex((entry) => entry.id === id);
  if (at === -1) return {};
  return { previous: ordered[at - 1], next: ordered[at + 1] };
}

/**
 * Picks the headings for the on-page table of contents, or none when the page is short.
 * @param headings every heading on the page
 */
export function selectTocHeadings(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((h) => h.depth === TOC_MIN_DEPTH).length;
  if (sections < TOC_MIN_SECTIONS) return [];
  return headings.filter((h) => h.depth >= TOC_MIN_DEPTH && h.depth <= TOC_MAX_DEPTH);
}
