// `npm run bench`: builds the site, loads every page in Chromium on a first visit (empty cache, no
// scrolling, no search typed) and prints the gzip bytes of HTML, CSS and JS transferred, against budgets.
// It also checks that the offline service worker stays out of the first visit's way (no script blocks
// rendering; the worker's first request comes after the page's load event) and prints the precache size.
// Exits 1 when any page is over budget or the service worker starts before a page has loaded. Budgets:
// scripts/budgets.mjs (npm test checks the same budgets in tests/e2e/budgets.test.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { budgetFor, KB, measureFirstVisit } from './budgets.mjs';
import { ensureChromium, CHROMIUM_ARGS } from './chromium.mjs';
import { listBuiltPages } from './list-pages.mjs';
import { startStaticServer } from './static-server.mjs';

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
/** Per page: scripts that blocked rendering, and worker requests seen before the page's load event. */
const workerChecks = [];
let precached;
for (const path of listBuiltPages('dist')) {
  // The worker's own requests (its script and the precache) are the context's, not the page's: they do not
  // enter the byte counts, which measure what the page itself needs.
  let loaded = false;
  const workerBeforeLoad = [];
  const sizes = await measureFirstVisit(browser, server.url + path, {
    watch(page, context) {
      page.on('load', () => (loaded = true));
      context.on('request', (request) => {
        if (!loaded && (request.serviceWorker() || new URL(request.url()).pathname.endsWith('/sw.js'))) workerBeforeLoad.push(request.url());
      });
    },
    async inspect(page) {
      // Resource Timing says which files held up the first render (Chromium's renderBlockingStatus).
      const blockingScripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.initiatorType === 'script' && entry.renderBlockingStatus === 'blocking')
          .map((entry) => entry.name),
      );
      const workerReady = await page.evaluate(() => Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 15_000))]));
      workerChecks.push({ path: `/${path}`, blockingScripts, workerBeforeLoad, workerReady });
      // Runs in the page, where the Cache API is a global.
      precached ??= await page.evaluate(async () => {
        /* global caches */
        const urls = [];
        for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        return urls;
      });
    },
  });
  const [kind, budget] = budgetFor(path, readFileSync(join('dist', path, 'index.html'), 'utf8'));
  const over = sizes.total > budget.total || sizes.js > budget.js;
  rows.push({ path: `/${path}`, ...sizes, kind, budget, over });
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

/** The built file a precached address stands for (`…/tools/?__WB_REVISION__=…` → `dist/tools/index.html`). */
function toBuiltFile(url) {
  const path = decodeURIComponent(new URL(url).pathname).slice(1);
  return join('dist', path === '' || path.endsWith('/') ? `${path}index.html` : path);
}
const precachedFiles = (precached ?? []).map(toBuiltFile);
const precacheRaw = precachedFiles.reduce((sum, file) => sum + readFileSync(file).length, 0);
const precacheGzip = precachedFiles.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
const workerScript = gzipSync(readFileSync(join('dist', 'sw.js'))).length;
const workerProblems = workerChecks.flatMap((check) => [
  ...check.blockingScripts.map((url) => `${check.path}: ${url} blocked the first render`),
  ...check.workerBeforeLoad.map((url) => `${check.path}: the service worker requested ${url} before the page had loaded`),
  ...(check.workerReady ? [] : [`${check.path}: the service worker did not become ready`]),
]);
console.log('\nService worker (offline after the first visit)\n');
console.log(`Scripts that blocked the first render: ${workerChecks.reduce((n, c) => n + c.blockingScripts.length, 0)} on ${workerChecks.length} pages`);
console.log(`Worker requests before the load event: ${workerChecks.reduce((n, c) => n + c.workerBeforeLoad.length, 0)} on ${workerChecks.length} pages (it registers after load, when the browser is idle)`);
console.log(`Worker script sw.js: ${kb(workerScript)} KB gzip`);
console.log(`Precache: ${precachedFiles.length} files, ${kb(precacheRaw)} KB (${kb(precacheGzip)} KB gzip), downloaded once in the background after the first page has loaded`);

const over = rows.filter((r) => r.over);
if (over.length > 0) {
  console.error(`\n${over.length} page(s) over budget: ${over.map((r) => r.path).join(', ')}`);
  process.exit(1);
}
if (workerProblems.length > 0) {
  console.error(`\nThe service worker gets in the first visit's way:\n${workerProblems.join('\n')}`);
  process.exit(1);
}
console.log('All pages within budget; the service worker adds nothing before the load event.');
