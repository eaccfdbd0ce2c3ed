// `npm run bench`: builds the site, loads every page in Chromium on a first visit (empty cache, no
// scrolling, no search typed) and prints the gzip bytes of HTML, CSS and JS transferred, against budgets.
// Exits 1 when any page is over budget.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium, CHROMIUM_ARGS } from './chromium.mjs';
import { listBuiltPages } from './list-pages.mjs';
import { startStaticServer } from './static-server.mjs';

const KB = 1024;

/**
 * Budgets in gzip bytes, by page kind. For scale, Astro Starlight's own budget for a docs page is
 * 7 KB HTML, 16.75 KB CSS and 27 KB JS; a guidance page here must stay far below that.
 * A tool placed further down a guidance page hydrates only when scrolled into view (client:visible),
 * so it does not count against the first visit.
 */
const BUDGETS = {
  /** Guidance and other reading pages: the budget for a playbook page with no tool. */
  reading: { total: 16 * KB, js: 2 * KB },
  /**
   * A guidance page that places a tool further down: the tool's server-rendered markup and Astro's
   * island loader add HTML, but its JS waits until the reader scrolls to it.
   */
  guideWithTool: { total: 24 * KB, js: 2 * KB },
  /**
   * A tool's own page, hydrated at once: the form, its store and the shared saved-store code. No issue sets
   * this budget; it leaves room for zod/mini (about 6 KB) in tools that validate with it.
   */
  tool: { total: 40 * KB, js: 28 * KB },
  /** The scorer's own page (issue "Loyalty-equation scorer": within 30 KB in all). */
  scorer: { total: 30 * KB, js: 22 * KB },
  /** My plan reads every tool's saved data. */
  plan: { total: 40 * KB, js: 30 * KB },
  /** The search page loads its search code up front (pagefind itself only once a query runs). */
  search: { total: 20 * KB, js: 6 * KB },
};

/** Which budget a page falls under, from its path and whether its HTML holds an island. */
function budgetFor(path, html) {
  if (path === 'tools/loyalty-score/') return ['scorer', BUDGETS.scorer];
  // The client survey's answer page is a tool in all but address.
  if ((path.startsWith('tools/') && path !== 'tools/') || path === 'survey/') return ['tool', BUDGETS.tool];
  if (path === 'my-plan/') return ['plan', BUDGETS.plan];
  if (path === 'search/') return ['search', BUDGETS.search];
  if (html.includes('<astro-island')) return ['guideWithTool', BUDGETS.guideWithTool];
  return ['reading', BUDGETS.reading];
}

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const started = Date.now();
const build = spawnSync('astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: './dist' } });
if (build.status !== 0) {
  console.error('Build failed.');
  process.exit(1);
}
const buildSeconds = (Date.now() - started) / 1000;

const server = await startStaticServer({ dir: 'dist' });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });

const rows = [];
for (const path of listBuiltPages('dist')) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
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
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  const total = sizes.html + sizes.css + sizes.js + sizes.other;
  const [kind, budget] = budgetFor(path, readFileSync(join('dist', path, 'index.html'), 'utf8'));
  const over = total > budget.total || sizes.js > budget.js;
  rows.push({ path: `/${path}`, ...sizes, total, kind, budget, over });
}
await browser.close();
await server.close();

const kb = (bytes) => (bytes / KB).toFixed(1);
const header = ['page', 'HTML', 'CSS', 'JS', 'other', 'total', 'budget (total / JS)', ''];
const table = rows.map((r) => [r.path, kb(r.html), kb(r.css), kb(r.js), kb(r.other), kb(r.total), `${r.kind} ${kb(r.budget.total)} / ${kb(r.budget.js)}`, r.over ? 'OVER' : 'ok']);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
const line = (cells) => cells.map((c, i) => (i === 0 || i >= 6 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log('\nFirst visit, gzip KB transferred per page\n');
console.log(line(header));
for (const row of table) console.log(line(row));
console.log(`\nBuild time: ${buildSeconds.toFixed(1)} s`);

const over = rows.filter((r) => r.over);
if (over.length > 0) {
  console.error(`\n${over.length} page(s) over budget: ${over.map((r) => r.path).join(', ')}`);
  process.exit(1);
}
console.log('All pages within budget.');
