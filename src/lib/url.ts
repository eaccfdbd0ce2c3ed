/**
 * Internal links must carry the site's base path (`BASE_PATH`) so the site works from a sub-folder.
 */

/**
 * Joins the base path and a site path into an address ending in `/` (pages) or left as is (files).
 * @param base Astro's `import.meta.env.BASE_URL`, for example `/` or `/loyalty/`
 * @param path a site path such as `playbook/weekly-habits/` or `/favicon.svg`
 * @example withBase('/loyalty/', '/tools/') === '/loyalty/tools/'
 */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.replace(/^\/+/, '');
  return `${head}${tail}`;
}

/**
 * Tells whether two site paths name the same page, ignoring a missing trailing slash.
 * @param a a path such as `/playbook/loyalty-ladder`
 * @param b a path such as `/playbook/loyalty-ladder/`
 */
export function isSamePage(a: string, b: string): boolean {
  const strip = (p: string) => p.replace(/\/+$/, '') || '/';
  return strip(a) === strip(b);
}
