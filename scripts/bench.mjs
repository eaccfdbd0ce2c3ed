// `npm run bench`: builds the site, loads every page in Chromium on a first visit (empty cache, no
// scrolling, no search typed) and prints the gzip bytes of HTML, CSS and JS transferred, against budgets.
// Exits 1 when any page is over budget. Budgets and measuring: scripts/budgets.mjs (npm test checks the
// same budgets in tests/e2e/budgets.test.ts).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { KB, measureBuiltPages } from './budgets.mjs';
import { ensureChromium, CHROMIUM_ARGS } from './chromium.mjs';
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

const rows = await measureBuiltPages(browser, server.url, 'dist');
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
