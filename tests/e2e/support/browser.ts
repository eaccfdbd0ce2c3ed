/**
 * Shared helpers for the end-to-end tests: one Chromium per test file, pages that record every console
 * error and every request leaving the site's origin, axe-core checks, and the list of built pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Base URL of a build (`root` or `base-path`), ending in `/`. */
export function siteUrl(build: 'root' | 'base-path' = 'root'): string {
  const url = inject('sites')[build];
  if (!url) throw new Error(`No server for build ${build}`);
  return url;
}

let browser: Browser | undefined;

/** Launches (once per test file) the Chromium the tests drive; closed after the file's tests. */
export async function getBrowser(): Promise<Browser> {
  if (!browser) {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('No Chromium found: run the tests with npm test, which installs or explains.');
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  }
  return browser;
}

afterAll(async () => {
  await browser?.close();
  browser = undefined;
});

/** A page plus what went wrong while it was open. */
export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions, failed requests and off-origin requests, as readable lines. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Opens a fresh browser context and page that records problems. The site's service worker is blocked unless
 * a test asks for it (`serviceWorkers: 'allow'`, as tests/e2e/offline.test.ts does): otherwise every test
 * would download the whole site in the background, and answers from its cache would hide what the server sent.
 * @param options context options (viewport, colorScheme, …)
 * @param extraOrigins origins besides the shared builds' that count as the site (a test's own server)
 */
export async function openTrackedPage(options: BrowserContextOptions = {}, extraOrigins: string[] = []): Promise<TrackedPage> {
  const context = await (await getBrowser()).newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    const origins = [...Object.values(inject('sites')).map((site) => new URL(site).origin), ...extraOrigins];
    if (!origins.includes(url.origin)) problems.push(`request left the site: ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // The browser aborts what is still loading when the test navigates on; that says nothing about the site.
    // A missing file answers 404, which the console-error check above reports.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  return { page, context, problems, close: () => context.close() };
}

/**
 * Runs axe-core on the page and returns its violations as readable lines.
 * Evaluated through the DevTools protocol, so the page's CSP does not have to allow it.
 * @param page the page to check
 */
export async function findAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
  return violations;
}

export { listBuiltPages } from '../../../scripts/list-pages.mjs';
