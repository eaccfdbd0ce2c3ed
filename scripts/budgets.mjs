// Byte budgets of the built pages and how they are measured, shared by `npm run bench` (prints a table)
// and tests/e2e/budgets.test.ts (fails `npm test` when a page is over). Bytes are deterministic for a
// given build; nothing here measures time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listBuiltPages } from './list-pages.mjs';

export const KB = 1024;

/**
 * Budgets in gzip bytes, by page kind. For scale, Astro Starlight's own budget for a docs page is
 * 7 KB HTML, 16.75 KB CSS and 27 KB JS; a guidance page here must stay far below that.
 * A tool placed further down a guidance page hydrates only when scrolled into view (client:visible),
 * so it does not count against the first visit.
 */
export const BUDGETS = {
  /** Guidance and other reading pages: the budget for a playbook page with no tool. */
  reading: { total: 16 * KB, js: 2 * KB },
  /**
   * A guidance page that places a tool further down: the tool's server-rendered markup and Astro's
   * island loader add HTML, but its JS waits until the reader scrolls to it.
   */
  guideWithTool: { total: 24 * KB, js: 2 * KB },
  /**
   * A tool's own page, hydrated at once: the form, its store and the shared saved-store code. Issue 12 set
   * 40 KB in all and 28 KB of JS. Met by loading zod and each tool's schemas only when this browser holds
   * saved data to read (createDeferredSavedStore in src/tools/shared/saved-store.ts) and by grouping the
   * code every tool shares into two files (astro.config.mjs). The tolerance review is the largest at
   * 38.6 KB / 24.8 KB JS (it reads the scorer's latest scores too).
   */
  tool: { total: 40 * KB, js: 28 * KB },
  /**
   * My plan reads every tool's saved data, loading each tool's code only once the tool holds data; a first
   * visit weighs 36.1 KB / 23.9 KB JS.
   */
  plan: { total: 38 * KB, js: 26 * KB },
  /**
   * The search page loads its search code up front (pagefind itself only once a query runs); a first visit
   * weighs 10.5 KB / 3.0 KB JS.
   */
  search: { total: 14 * KB, js: 4 * KB },
};

/**
 * Which budget a page falls under, from its path and whether its HTML holds an island.
 * @param {string} path site path such as `tools/loyalty-score/`
 * @param {string} html the page's built HTML
 * @returns {[keyof typeof BUDGETS, { total: number, js: number }]}
 */
export function budgetFor(path, html) {
  // The client survey's answer page is a tool in all but address.
  if ((path.startsWith('tools/') && path !== 'tools/') || path === 'survey/') return ['tool', BUDGETS.tool];
  if (path === 'my-plan/') return ['plan', BUDGETS.plan];
  if (path === 'search/') return ['search', BUDGETS.search];
  if (html.includes('<astro-island')) return ['guideWithTool', BUDGETS.guideWithTool];
  return ['reading', BUDGETS.reading];
}

/**
 * Loads one page on a first visit (fresh context: empty cache, no scrolling, nothing typed) and adds up
 * the gzip bytes of what it transferred, by kind.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ watch?: (page: import('playwright-core').Page, context: import('playwright-core').BrowserContext) => void,
 *   inspect?: (page: import('playwright-core').Page) => Promise<void> }} [hooks] `watch` runs before the page
 *   loads (to listen to it), `inspect` once it has loaded, before the context closes (bench's extra checks)
 * @returns {Promise<{ html: number, css: number, js: number, other: number, total: number }>}
 */
export async function measureFirstVisit(browser, url, hooks = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  hooks.watch?.(page, context);
  const sizes = { html: 0, css: 0, js: 0, other: 0 };
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType();
          const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
          sizes[kind] += gzipSync(body).length;
        },
        () => {},
      ),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    await hooks.inspect?.(page);
  } finally {
    await context.close();
  }
  return { ...sizes, total: sizes.html + sizes.css + sizes.js + sizes.other };
}

/**
 * Measures every page of a build, one after another, against its budget.
 * @param {import('playwright-core').Browser} browser
 * @param {string} siteUrl where the build is served, ending in `/`
 * @param {string} outDir the build folder, such as `dist`
 */
export async function measureBuiltPages(browser, siteUrl, outDir = 'dist') {
  const rows = [];
  for (const path of listBuiltPages(outDir)) {
    const sizes = await measureFirstVisit(browser, siteUrl + path);
    const [kind, budget] = budgetFor(path, readFileSync(join(outDir, path, 'index.html'), 'utf8'));
    const over = sizes.total > budget.total || sizes.js > budget.js;
    rows.push({ path: `/${path}`, ...sizes, kind, budget, over });
  }
  return rows;
}
