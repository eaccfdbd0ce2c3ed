/**
 * The playbook offline, in Chromium with its service worker: after one visit and with the network off, a page
 * never opened before loads, search answers and a tool saves, at the domain root and under BASE_PATH. A new
 * deploy shows "A new version is ready" and reloads only when the reader asks.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { findAxeViolations, openTrackedPage, siteUrl, type TrackedPage } from './support/browser';

/**
 * Opens a site's home page with service workers allowed and waits until the worker has precached the site.
 * @param base the site's address, ending in its base path
 */
async function visitOnce(base: string): Promise<TrackedPage> {
  const tracked = await openTrackedPage({ serviceWorkers: 'allow' }, [new URL(base).origin]);
  await tracked.page.goto(base, { waitUntil: 'load' });
  // `ready` resolves once a worker is active, which is after its install step has cached every file.
  const scope = await tracked.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(base);
  return tracked;
}

async function searchFor(page: Page, base: string, query: string): Promise<string[]> {
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-page] a.search-hit').first().waitFor();
  return page.$$eval('[data-search-page] a.search-hit', (links) => links.map((a) => a.textContent?.trim() ?? ''));
}

describe.each([
  ['at the domain root', 'root'],
  ['under BASE_PATH', 'base-path'],
] as const)('offline %s', (_, build) => {
  it('answers a search on the first page, opens pages never visited and saves a tool after one visit', async () => {
    const base = siteUrl(build);
    const tracked = await visitOnce(base);
    const { page, context } = tracked;
    // The first install takes over the page it came from, so search works there too.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // Every answer from now on must come from the worker's cache, not from the server behind it.
    const fromNetwork: string[] = [];
    page.on('response', (response) => {
      if (!response.fromServiceWorker()) fromNetwork.push(response.url());
    });

    await page.keyboard.press('/');
    await expect.poll(() => page.locator('dialog[data-search-dialog]').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.keyboard.type('referral');
    await page.locator('dialog a.search-hit').first().waitFor();

    await page.goto(`${base}playbook/loyalty-ladder/`);
    expect(await page.locator('h1').textContent()).toMatch(/ladder/i);

    // An address the site never had gets the site's own page, not the browser's offline error.
    await page.goto(`${base}no-such-page/`);
    expect(await page.locator('h1').textContent()).toBe('Page not found');

    expect((await searchFor(page, base, 'surprise')).some((title) => title.includes('Six weekly habits'))).toBe(true);

    await page.goto(`${base}tools/weekly-checklist/`);
    await page.locator('.weekly-checklist').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Print this week' }).waitFor();
    const tick = page.getByRole('checkbox', { name: 'Communicate on Monday', exact: true });
    await tick.check();
    await page.reload();
    await page.getByRole('button', { name: 'Print this week' }).waitFor();
    expect(await tick.isChecked()).toBe(true);

    await tracked.close();
    expect(fromNetwork).toEqual([]);
    // Anything the offline pages needed and the worker had not cached would show up as a failed request.
    expect(tracked.problems).toEqual([]);
  });
});

describe('a new deploy', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startStaticServer>>;

  beforeAll(async () => {
    // A copy of the built site, served from disk on every request, so the test can deploy a new version.
    dir = mkdtempSync(join(tmpdir(), 'loyalty-offline-'));
    cpSync('dist', dir, { recursive: true });
    server = await startStaticServer({ dir, live: true });
  });

  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function deployNewVersion(): void {
    const worker = join(dir, 'sw.js');
    writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// next deploy ${Date.now()}\n`);
  }

  const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version of the playbook is ready' });

  it('is offered on the next visit and reloads only the tab where the reader asks, after warning about typed input', async () => {
    const tracked = await visitOnce(server.url);
    const { page } = tracked;
    deployNewVersion();

    await page.goto(`${server.url}tools/weekly-checklist/`);
    await page.evaluate(() => Object.assign(window, { beforeReload: true }));
    await page.locator('.weekly-checklist').scrollIntoViewIfNeeded();
    await notice(page).waitFor({ timeout: 20_000 });
    const note = page.getByRole('textbox', { name: 'Notes on Surprise them' });
    await note.fill('Half-written note');
    // Left alone, the page stays as it is: no reload behind the reader's back.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => 'beforeReload' in window)).toBe(true);
    expect(await note.inputValue()).toBe('Half-written note');

    // Another tab of the same site, with its own form in progress.
    const other = await tracked.context.newPage();
    await other.goto(`${server.url}sources/`);
    await notice(other).waitFor({ timeout: 20_000 });
    await other.evaluate(() => Object.assign(window, { beforeReload: true }));

    const reload = page.getByRole('button', { name: 'Reload' });
    await reload.click();
    // The reader typed on this page: the first click only warns.
    await page.getByRole('status').filter({ hasText: 'Reloading clears anything on this page you have not saved yet' }).waitFor();
    expect(await page.evaluate(() => 'beforeReload' in window)).toBe(true);

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload anyway' }).click()]);
    expect(await page.evaluate(() => 'beforeReload' in window)).toBe(false);
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
    expect(waiting).toBeNull();
    await page.waitForTimeout(500);
    expect(await notice(page).count()).toBe(0);

    // The other tab was not reloaded under its reader; its own Reload now just reloads.
    expect(await other.evaluate(() => 'beforeReload' in window)).toBe(true);
    await Promise.all([other.waitForEvent('load'), other.getByRole('button', { name: 'Reload' }).click()]);
    expect(await other.evaluate(() => 'beforeReload' in window)).toBe(false);

    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('says nothing on a first visit, passes axe in both themes and can be put off with Not now', async () => {
    const tracked = await visitOnce(server.url);
    const { page } = tracked;
    await page.waitForTimeout(500);
    expect(await notice(page).count()).toBe(0);

    deployNewVersion();
    await page.goto(`${server.url}sources/`);
    await notice(page).waitFor({ timeout: 20_000 });
    expect(await findAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await findAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Not now' }).click();
    expect(await notice(page).count()).toBe(0);
    expect(await page.getByRole('status').count()).toBeGreaterThan(0);

    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });
});
