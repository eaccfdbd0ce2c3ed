/**
 * Facts about the site used in page chrome and metadata.
 */

/** The site's name, shown in the header, titles and Open Graph tags. */
export const SITE_NAME = 'Loyalty Playbook';

/** One line on what the site is, used where a page has no description of its own. */
export const SITE_TAGLINE = 'Practical guidance and private, in-browser tools for turning satisfied customers into loyal ones.';

/**
 * Builds the document title for a page.
 * @param pageTitle the page's own title; the home page passes the site name
 */
export function formatDocumentTitle(pageTitle: string): string {
  return pageTitle === SITE_NAME ? SITE_NAME : `${pageTitle} · ${SITE_NAME}`;
}
