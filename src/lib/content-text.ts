/**
 * Small text rules for the playbook's prose: anchor ids for headings placed by components, and what
 * counts as a word when a page's length is measured against the 700–1,300 word range.
 */

/**
 * Turns a heading into an anchor id: lower-case ASCII letters and digits joined by single hyphens.
 * Accents are dropped rather than lost with their letter, so "Café" gives "cafe".
 * @param text the heading text, for example "A landscaping crew"
 * @example slugifyHeading('An IT support firm') === 'an-it-support-firm'
 */
export function slugifyHeading(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Counts the words in a piece of prose: runs of letters or digits, with apostrophes and hyphens inside
 * a word keeping it whole ("client's", "18–24" and "follow-up" each count once).
 * @param text plain text, for example an article's `textContent`
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
