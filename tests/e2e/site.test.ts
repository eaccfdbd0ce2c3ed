/**
 * The site as a whole: every page loads cleanly, is accessible in both themes, links resolve (also under
 * BASE_PATH), search works, the theme choice sticks, print hides the chrome, and narrow screens fit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUILDS, TEST_SITE_URL } from '../../scripts/build-sites.mjs';
import { findAxeViolations, listBuiltPages, openTrackedPage, siteUrl } from './support/browser';

const PAGES = listBuiltPages('dist');

/**
 * Brings each island into view and waits until Astro has hydrated it (its `ssr` attribute goes), so
 * tools placed below the fold load fully before the test moves on or checks them.
 * @returns whether the page had any island
 */
async function hydrateAllIslands(page: Page): Promise<boolean> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    await islands.nth(i).scrollIntoViewIfNeeded();
    // Hydration waits for the island's code; on a busy machine that can take longer than poll's 1 s default.
    await expect.poll(() => islands.nth(i).getAttribute('ssr'), { timeout: ISLAND_HYDRATION_TIMEOUT_MS }).toBeNull();
  }
  return count > 0;
}

/** How long an island may take to hydrate once in view (code download and parse on a loaded CI machine). */
const ISLAND_HYDRATION_TIMEOUT_MS = 15_000;

/** The axe tests visit every page twice over (as served and hydrated): a minute per page list is not enough on two busy cores. */
const EVERY_PAGE_AXE_TIMEOUT_MS = 300_000;

/** Narrowest phone width the layout must fit without sideways scrolling. */
const NARROW_VIEWPORT_PX = 320;

describe('every page', () => {
  it('includes the addresses the site promises', () => {
    for (const path of [
      '',
      'playbook/satisfaction-and-loyalty/',
      'playbook/loyalty-equation/',
      'playbook/loyalty-ladder/',
      'playbook/weekly-habits/',
      'playbook/referral-cycle/',
      'playbook/what-to-say/',
      'playbook/early-warnings/',
      'playbook/routine/',
      'playbook/glossary/',
      'tools/',
      'sources/',
      'search/',
      'my-plan/',
      'survey/',
      'tools/client-survey/',
    ]) {
      expect(PAGES).toContain(path);
    }
  });

  it('loads with no console error and no request leaving the site', async () => {
    const tracked = await openTrackedPage();
    for (const path of PAGES) {
      await tracked.page.goto(siteUrl() + path, { waitUntil: 'networkidle' });
      await hydrateAllIslands(tracked.page);
    }
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation in the ${colorScheme} theme`, async () => {
      const tracked = await openTrackedPage({ colorScheme });
      const violations: string[] = [];
      for (const path of PAGES) {
        await tracked.page.goto(siteUrl() + path, { waitUntil: 'networkidle' });
        // Both states count: the server-rendered page (what a reader without scripts keeps) and the
        // page once every island below the fold has hydrated.
        for (const v of await findAxeViolations(tracked.page)) violations.push(`/${path} (as served) ${v}`);
        if (await hydrateAllIslands(tracked.page)) {
          for (const v of await findAxeViolations(tracked.page)) violations.push(`/${path} (hydrated) ${v}`);
        }
      }
      await tracked.close();
      expect(violations).toEqual([]);
    }, EVERY_PAGE_AXE_TIMEOUT_MS);
  }

  it('carries a description, canonical URL and Open Graph tags', async () => {
    // The root build is built with SITE_URL (scripts/build-sites.mjs), so its absolute URLs are known.
    const tracked = await openTrackedPage();
    const missing: string[] = [];
    for (const path of PAGES) {
      await tracked.page.goto(siteUrl() + path);
      for (const selector of [
        'meta[name="description"][content]',
        'link[rel="canonical"][href]',
        'meta[property="og:title"][content]',
        'meta[property="og:description"][content]',
        'meta[property="og:url"][content]',
        'link[rel="icon"]',
        'meta[http-equiv="content-security-policy"]',
      ]) {
        if ((await tracked.page.locator(selector).count()) !== 1) missing.push(`/${path} lacks ${selector}`);
      }
      const expected = new URL(path, `${TEST_SITE_URL}/`).href;
      const canonical = await tracked.page.locator('link[rel="canonical"]').getAttribute('href');
      const ogUrl = await tracked.page.locator('meta[property="og:url"]').getAttribute('content');
      if (canonical !== expected || ogUrl !== expected) missing.push(`/${path} canonical ${canonical}, og:url ${ogUrl}, not ${expected}`);
    }
    await tracked.close();
    expect(missing).toEqual([]);
  });
});

describe('absolute URLs', () => {
  it('point at SITE_URL in the sitemap and robots.txt when it is set', async () => {
    const robots = await (await fetch(`${siteUrl()}robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${TEST_SITE_URL}/sitemap-index.xml`);
    const sitemap = await (await fetch(`${siteUrl()}sitemap-0.xml`)).text();
    expect(sitemap).toContain(`<loc>${TEST_SITE_URL}/playbook/glossary/</loc>`);
  });

  it('are left out of a build without SITE_URL, never guessed as localhost', async () => {
    const build = BUILDS.find((b) => b.name === 'base-path')!;
    expect(build.siteUrl).toBeUndefined();
    const localhost: string[] = [];
    for (const path of listBuiltPages(build.outDir)) {
      const html = readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
      if (/localhost|127\.0\.0\.1/.test(html)) localhost.push(path);
      expect(html, path).not.toMatch(/rel="canonical"|property="og:url"|rel="sitemap"/);
    }
    expect(localhost).toEqual([]);
    expect(existsSync(join(build.outDir, 'sitemap-index.xml'))).toBe(false);
    const robots = await (await fetch(`${siteUrl('base-path')}robots.txt`)).text();
    expect(robots).toBe('User-agent: *\nAllow: /\n');
  });
});

describe.each([
  ['root', 'dist'],
  ['base-path', 'dist-base'],
] as const)('links in the %s build', (build, outDir) => {
  it('all resolve: pages, styles, scripts, images, sitemap and robots.txt', async () => {
    const base = siteUrl(build);
    const origin = new URL(base).origin;
    const tracked = await openTrackedPage();
    // Only a build with SITE_URL has a sitemap (see 'absolute URLs' above).
    const hasSitemap = BUILDS.find((b) => b.name === build)!.siteUrl !== undefined;
    const targets = new Set<string>([`${base}robots.txt`, ...(hasSitemap ? [`${base}sitemap-index.xml`] : [])]);
    for (const path of listBuiltPages(outDir)) {
      await tracked.page.goto(base + path);
      const urls = await tracked.page.$$eval('a[href], link[href], script[src], img[src]', (nodes) =>
        nodes.map((n) => (n as HTMLAnchorElement).href || (n as HTMLScriptElement).src),
      );
      for (const url of urls) {
        const parsed = new URL(url);
        if (parsed.origin !== origin) continue;
        parsed.hash = '';
        targets.add(parsed.href);
      }
    }
    await tracked.close();
    const broken: string[] = [];
    for (const url of targets) {
      const response = await fetch(url);
      if (response.status !== 200) broken.push(`${url} → ${response.status}`);
      else if (build === 'base-path' && !new URL(url).pathname.startsWith('/loyalty/')) broken.push(`${url} ignores BASE_PATH`);
    }
    expect(broken).toEqual([]);
  });

  it('answer an unknown address with the 404 page', async () => {
    const response = await fetch(`${siteUrl(build)}no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });

  it('point search results at pages that exist', async () => {
    const tracked = await openTrackedPage();
    await tracked.page.goto(`${siteUrl(build)}search/?q=surprise`);
    const firstHit = tracked.page.locator('[data-search-page] a.search-hit').first();
    await firstHit.waitFor();
    const hrefs = await tracked.page.$$eval('[data-search-page] a.search-hit', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    await tracked.close();
    expect(hrefs.some((href) => href.includes('/playbook/weekly-habits/'))).toBe(true);
    for (const href of hrefs) expect((await fetch(href)).status, href).toBe(200);
  });
});

describe('search', () => {
  it('shows results for a query in the address, so a search can be shared', async () => {
    const tracked = await openTrackedPage();
    await tracked.page.goto(`${siteUrl()}search/?q=surprise`);
    const hit = tracked.page.locator('[data-search-page] a.search-hit', { hasText: 'Six weekly habits' });
    await hit.first().waitFor();
    await expect(tracked.page.locator('[data-search-page] mark').count()).resolves.toBeGreaterThan(0);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('lists heading sub-results under a page', async () => {
    const tracked = await openTrackedPage();
    await tracked.page.goto(`${siteUrl()}search/?q=surprise`);
    const sub = tracked.page.locator('[data-search-page] a.search-sub-hit').first();
    await sub.waitFor();
    expect(await sub.getAttribute('href')).toMatch(/#[a-z0-9-]+$/);
    await tracked.close();
  });

  it('indexes the guidance only, not the site chrome', async () => {
    // "cookies" appears in every page's footer, never in the guidance text.
    const tracked = await openTrackedPage();
    await tracked.page.goto(`${siteUrl()}search/?q=cookies`);
    await tracked.page.locator('[data-search-page] [data-search-empty]').waitFor({ state: 'visible' });
    await tracked.close();
  });

  it('says when nothing matches and suggests pages', async () => {
    const tracked = await openTrackedPage();
    await tracked.page.goto(`${siteUrl()}search/?q=xylophonequartz`);
    await tracked.page.locator('[data-search-page] [data-search-empty]').waitFor({ state: 'visible' });
    expect(await tracked.page.locator('[data-search-page] [data-search-status]').textContent()).toContain('No pages match');
    expect(await tracked.page.locator('[data-search-page] [data-search-empty] a').count()).toBeGreaterThanOrEqual(5);
    await tracked.close();
  });

  it('opens from the header with "/" and Ctrl+K, moves with the arrows, opens with Enter, closes with Esc', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.goto(`${siteUrl()}playbook/loyalty-ladder/`, { waitUntil: 'networkidle' });
    const pagefindLoads: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/') && pagefindLoads.push(r.url()));
    expect(pagefindLoads).toEqual([]);

    await page.keyboard.press('/');
    const dialog = page.locator('dialog[data-search-dialog]');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.keyboard.type('surprise');
    await page.locator('dialog a.search-hit').first().waitFor();
    expect(pagefindLoads.length).toBeGreaterThan(0);

    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-hit'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);

    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.locator('dialog a.search-hit').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await Promise.all([page.waitForURL(target), page.keyboard.press('Enter')]);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });
});

describe('reading', () => {
  it('remembers the theme choice across a reload, with no flash of the other theme', async () => {
    const tracked = await openTrackedPage({ colorScheme: 'light' });
    const { page } = tracked;
    await page.goto(`${siteUrl()}playbook/weekly-habits/`);
    const theme = page.getByLabel('Theme');
    await theme.selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    // The theme is set by the inline head script, before any stylesheet or module runs.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await theme.inputValue()).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await tracked.close();
  });

  it('offers a skip link, a table of contents on long pages and previous/next links', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.goto(`${siteUrl()}playbook/loyalty-ladder/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(await page.locator('a[rel="prev"]').count()).toBe(1);
    expect(await page.locator('a[rel="next"]').count()).toBe(1);
    await tracked.close();
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const tracked = await openTrackedPage({ viewport: { width: NARROW_VIEWPORT_PX, height: 640 } });
    const overflowing: string[] = [];
    for (const path of PAGES) {
      await tracked.page.goto(siteUrl() + path, { waitUntil: 'networkidle' });
      const width = await tracked.page.evaluate(() => document.documentElement.scrollWidth);
      if (width > NARROW_VIEWPORT_PX) overflowing.push(`/${path} is ${width}px wide`);
    }
    await tracked.close();
    expect(overflowing).toEqual([]);
  });

  it('prints without the site chrome, in black on white, showing external link targets', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.goto(`${siteUrl()}sources/`);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const chrome = await page.$$eval('.site-header, .sidebar, .site-footer, .skip-link, .pager, .toc', (nodes) =>
      nodes.map((n) => getComputedStyle(n).display),
    );
    expect(chrome.every((display) => display === 'none')).toBe(true);
    const colours = await page.evaluate(() => ({
      fg: getComputedStyle(document.body).color,
      bg: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours).toEqual({ fg: 'rgb(0, 0, 0)', bg: 'rgb(255, 255, 255)' });
    const external = page.locator('main a[href^="http"]').first();
    if ((await external.count()) > 0) {
      const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('http');
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await tracked.close();
  });
});
