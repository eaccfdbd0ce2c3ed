/**
 * Finding the way on a phone (375 × 812): the one-row header and its menu, the home page's first step,
 * the glossary's A–Z index and the definitions glossary links show on focus and hover.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAxeViolations, openTrackedPage, siteUrl } from './support/browser';

/** The phone the issue was tried on. */
const PHONE = { width: 375, height: 812 };

/** The narrowest screen the site supports (see site.test.ts). */
const SMALL_PHONE = { width: 320, height: 640 };

/** One row of header: its tallest control (40 px) plus padding and border, with a little slack. */
const MAX_HEADER_HEIGHT_PX = 64;

/** Whether an element is displayed (has a box). */
async function isShown(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => el.getClientRects().length > 0);
}

describe('the header on a phone', () => {
  for (const viewport of [PHONE, SMALL_PHONE]) {
    it(`keeps to one row at ${viewport.width} px`, async () => {
      const tracked = await openTrackedPage({ viewport });
      const { page } = tracked;
      await page.goto(`${siteUrl()}playbook/loyalty-ladder/`);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(MAX_HEADER_HEIGHT_PX);
      // Name, search and menu sit side by side, all inside the screen.
      const boxes = await page.$$eval('.site-name, .search-trigger, [data-menu-button]', (nodes) =>
        nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect),
      );
      expect(boxes).toHaveLength(3);
      for (const box of boxes) {
        expect(box.bottom).toBeLessThanOrEqual(header!.height);
        expect(box.right).toBeLessThanOrEqual(viewport.width);
      }
      const nameSpan = await page.locator('.site-name span').boundingBox();
      expect(nameSpan!.x + nameSpan!.width).toBeLessThanOrEqual(boxes[1]!.left);
      await tracked.close();
    });
  }

  it('opens the site navigation in place from the Menu button and closes it with Escape', async () => {
    const tracked = await openTrackedPage({ viewport: PHONE });
    const { page } = tracked;
    await page.goto(`${siteUrl()}playbook/loyalty-ladder/`, { waitUntil: 'networkidle' });
    const button = page.locator('[data-menu-button]');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.getAttribute('aria-controls')).toBe('site-nav');
    expect(await isShown(page, '#site-nav')).toBe(false);
    expect(await isShown(page, '[data-menu-link]')).toBe(false);

    // Keyboard only: Tab to the button, open it, and the next Tab lands in the navigation.
    for (let i = 0; i < 10 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await isShown(page, '#site-nav')).toBe(true);
    const nav = await page.locator('#site-nav').boundingBox();
    const header = await page.locator('.site-header').boundingBox();
    // In place: right under the header, in the first screen, not at the foot of the page.
    expect(nav!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
    expect(nav!.y).toBeLessThan(PHONE.height / 2);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#site-nav') !== null)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Satisfaction and loyalty');

    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await isShown(page, '#site-nav')).toBe(false);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);

    // Space opens it again, Enter on the button closes it.
    await page.keyboard.press('Space');
    expect(await isShown(page, '#site-nav')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await isShown(page, '#site-nav')).toBe(false);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('offers the theme switch inside the menu', async () => {
    const tracked = await openTrackedPage({ viewport: PHONE, colorScheme: 'light' });
    const { page } = tracked;
    await page.goto(`${siteUrl()}playbook/loyalty-ladder/`, { waitUntil: 'networkidle' });
    await page.locator('[data-menu-button]').click();
    await page.locator('#site-nav').getByLabel('Theme').selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await tracked.close();
  });

  it('falls back to a plain link that shows the navigation without scripting', async () => {
    const tracked = await openTrackedPage({ viewport: PHONE, javaScriptEnabled: false });
    const { page } = tracked;
    await page.goto(`${siteUrl()}playbook/loyalty-ladder/`);
    expect(await isShown(page, '[data-menu-button]')).toBe(false);
    const link = page.locator('[data-menu-link]');
    expect(await link.getAttribute('href')).toBe('#site-nav');
    expect(await isShown(page, '#site-nav')).toBe(false);
    await link.click();
    expect(await isShown(page, '#site-nav')).toBe(true);
    const nav = await page.locator('#site-nav').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(nav).toBeLessThan(PHONE.height / 2);
    await tracked.close();
  });
});

describe('the home page', () => {
  it('gives one clear first step, on the first screen of a phone', async () => {
    const tracked = await openTrackedPage({ viewport: PHONE });
    const { page } = tracked;
    await page.goto(siteUrl());
    const start = page.locator('main .start-here');
    expect(await start.locator('h2').textContent()).toBe('Start here');
    const actions = start.locator('a');
    expect(await actions.count()).toBe(1);
    expect(new URL((await actions.getAttribute('href'))!, page.url()).pathname).toBe('/playbook/satisfaction-and-loyalty/');
    const box = await actions.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    await tracked.close();
  });
});

describe('the glossary', () => {
  it('opens with an A–Z index: letters with terms link to the first of them, the others are not links', async () => {
    const tracked = await openTrackedPage({ viewport: PHONE });
    const { page } = tracked;
    await page.goto(`${siteUrl()}playbook/glossary/`);
    const index = page.getByRole('navigation', { name: 'Glossary A to Z' });
    const letters = await index.locator('li').evaluateAll((items) =>
      items.map((li) => ({ letter: li.firstElementChild!.firstChild!.textContent!.trim(), href: li.querySelector('a')?.getAttribute('href') })),
    );
    expect(letters.map((l) => l.letter)).toEqual([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']);
    const terms = await page.$$eval('dl dt[id]', (dts) => dts.map((dt) => ({ id: dt.id, initial: dt.textContent.trim()[0]!.toUpperCase() })));
    for (const { letter, href } of letters) {
      const first = terms.find((t) => t.initial === letter);
      expect(href, letter).toBe(first ? `#${first.id}` : undefined);
    }
    expect(letters.filter((l) => l.href).length).toBeGreaterThan(5);
    expect(letters.filter((l) => !l.href).length).toBeGreaterThan(0);

    await index.getByRole('link', { name: 'Z', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#zone-of-tolerance');
    const target = await page.locator('#zone-of-tolerance').boundingBox();
    expect(target!.y).toBeGreaterThanOrEqual(0);
    expect(target!.y).toBeLessThan(PHONE.height / 2);
    await tracked.close();
  });
});

describe('a glossary term in the text', () => {
  const TERM = 'a[href="../glossary/#surprise-value"]';

  it('shows its definition, from the glossary, on keyboard focus; Escape hides it; nothing moves', async () => {
    const tracked = await openTrackedPage({ viewport: PHONE });
    const { page } = tracked;
    await page.goto(`${siteUrl()}playbook/glossary/`);
    const glossaryText = await page
      .locator('dt#surprise-value + dd')
      .evaluate((dd) => [...dd.childNodes].filter((n) => !(n instanceof Element && n.matches('.glossary-see'))).map((n) => n.textContent).join(''));

    await page.goto(`${siteUrl()}playbook/loyalty-equation/`, { waitUntil: 'networkidle' });
    const link = page.locator(`.article-body ${TERM}`);
    const tipId = await link.getAttribute('aria-describedby');
    const tip = page.locator(`#${tipId}`);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.isVisible()).toBe(false);
    expect((await tip.textContent())!.trim()).toBe(glossaryText.replace(/\s+/g, ' ').trim());

    await link.scrollIntoViewIfNeeded();
    const next = page.locator('.article-body h2').last();
    const before = await next.boundingBox();
    await link.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(await next.boundingBox()).toEqual(before);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);

    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await tip.isVisible()).toBe(false);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('stays on screen when the term sits at the bottom edge', async () => {
    const tracked = await openTrackedPage({ viewport: PHONE });
    const { page } = tracked;
    await page.goto(`${siteUrl()}playbook/loyalty-equation/`, { waitUntil: 'networkidle' });
    const link = page.locator(`.article-body ${TERM}`);
    // Put the term's line just above the bottom of the screen.
    await link.evaluate((a) => window.scrollBy(0, a.getBoundingClientRect().bottom - window.innerHeight + 4));
    await link.focus();
    const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    const box = (await tip.boundingBox())!;
    const term = (await link.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(term.y + 1);
    await tracked.close();
  });

  it('shows its definition on hover and keeps it while the pointer moves onto it', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.goto(`${siteUrl()}playbook/loyalty-equation/`, { waitUntil: 'networkidle' });
    const link = page.locator(`.article-body ${TERM}`);
    const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    await link.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await tip.hover();
    expect(await tip.isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await tracked.close();
  });

  it('is a plain link without scripting', async () => {
    const tracked = await openTrackedPage({ viewport: PHONE, javaScriptEnabled: false });
    const { page } = tracked;
    await page.goto(`${siteUrl()}playbook/loyalty-equation/`);
    const link = page.locator(`.article-body ${TERM}`);
    await link.focus();
    expect(await page.locator(`#${await link.getAttribute('aria-describedby')}`).isVisible()).toBe(false);
    await link.click();
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/playbook/glossary/#surprise-value');
    await tracked.close();
  });
});

describe('accessibility of the open menu and a shown definition', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation on a phone in the ${colorScheme} theme`, async () => {
      const tracked = await openTrackedPage({ viewport: PHONE, colorScheme });
      const { page } = tracked;
      await page.goto(`${siteUrl()}playbook/loyalty-equation/`, { waitUntil: 'networkidle' });
      await page.locator('[data-menu-button]').click();
      const link = page.locator('.article-body a[href="../glossary/#surprise-value"]');
      await link.focus();
      await expect.poll(() => page.locator('[role="tooltip"]:not([hidden])').count()).toBe(1);
      expect(await findAxeViolations(page)).toEqual([]);
      await tracked.close();
    });
  }
});
