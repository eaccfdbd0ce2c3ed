/**
 * The loyalty-equation scorer in Chromium: on its own page and inside its guidance page, in both builds.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAxeViolations, openTrackedPage, siteUrl } from './support/browser';

const TOOL_PATH = 'tools/loyalty-score/';

/** Printable height of an A4 sheet with Chromium's default 1 cm margins, in CSS pixels (96 per inch). */
const A4_PRINTABLE_HEIGHT_PX = ((297 - 20) / 25.4) * 96;
/** Printable width of A4 with the same margins: the width print layout uses. */
const A4_PRINTABLE_WIDTH_PX = Math.floor(((210 - 20) / 25.4) * 96);

async function openTool(page: Page, path = TOOL_PATH, build: 'root' | 'base-path' = 'root'): Promise<void> {
  // Fail a step in seconds rather than at the test's time limit, with the step named.
  page.setDefaultTimeout(10_000);
  await page.goto(siteUrl(build) + path, { waitUntil: 'networkidle' });
  await waitForScorer(page);
}

/** Brings the scorer into view (it hydrates when visible) and waits until it has hydrated. */
async function waitForScorer(page: Page): Promise<void> {
  const island = page.locator('astro-island[component-url*="LoyaltyScorer"]');
  await island.scrollIntoViewIfNeeded();
  // Astro removes `ssr` once the island has hydrated; typing before that would be lost.
  await page.locator('astro-island[component-url*="LoyaltyScorer"]:not([ssr])').waitFor({ state: 'attached' });
}

function rating(page: Page, label: string) {
  return page.getByRole('textbox', { name: label, exact: true });
}

/** An `<output>` by its accessible name (outputs have the role status). */
function output(page: Page, name: string) {
  return page.locator('output').and(page.getByRole('status', { name, exact: true }));
}

async function fillRatings(page: Page, values: Record<string, number>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await rating(page, label).fill(String(value));
}

const STRONG_BUT_NO_EXTRA_MILE = {
  'Core value': 10,
  'Surprise value': 10,
  'Personal value': 10,
  Integrity: 10,
  Competence: 10,
  Delivery: 10,
  'Extra mile': 0,
};

describe('the loyalty-equation scorer', () => {
  it('scores what is typed in the four outputs, and keeps the entries across a reload', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await openTool(page);
    await fillRatings(page, { ...STRONG_BUT_NO_EXTRA_MILE, Integrity: 6 });
    await expect.poll(() => output(page, 'Loyalty score').textContent()).toMatch(/^66 out of 100/);
    expect(await output(page, 'Value score').textContent()).toMatch(/^100 out of 100/);
    expect(await output(page, 'Trust score').textContent()).toMatch(/^60 out of 100/);
    expect(await output(page, 'Extra mile score').textContent()).toMatch(/^0 out of 100/);
    await expect.poll(() => page.locator('.loyalty-result').textContent()).toContain('Loyal');

    await page.reload({ waitUntil: 'networkidle' });
    await waitForScorer(page);
    await expect.poll(() => rating(page, 'Integrity').inputValue()).toBe('6');
    expect(await rating(page, 'Core value').inputValue()).toBe('10');
    expect(await rating(page, 'Extra mile').inputValue()).toBe('0');
    expect(await output(page, 'Loyalty score').textContent()).toMatch(/^66 out of 100/);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('marks a bad entry, names the range and keeps the last valid score without ever showing NaN', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await openTool(page);
    await rating(page, 'Competence').fill('8');
    await expect.poll(() => output(page, 'Loyalty score').textContent()).toMatch(/^\d+ out of 100/);
    const before = await output(page, 'Loyalty score').textContent();
    for (const bad of ['11', '2.5', '']) {
      await rating(page, 'Competence').fill(bad);
      await expect.poll(() => rating(page, 'Competence').getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await rating(page, 'Competence').getAttribute('aria-describedby'))!.split(' ');
      const description = await page.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent).join(' '), describedBy);
      expect(description).toContain('from 0 to 10');
      expect(await output(page, 'Loyalty score').textContent()).toBe(before);
      expect(await page.locator('.loyalty-result').textContent()).toContain('Waiting for a valid entry');
    }
    expect(await page.locator('main').textContent()).not.toMatch(/NaN|undefined|\[object Object\]/);
    expect(await findAxeViolations(page)).toEqual([]);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('fills the form from a share link and ignores bad values with a notice', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await openTool(page, `${TOOL_PATH}?core=9&surprise=8&personal=7&integrity=10&competence=9&delivery=abc&extraMile=42`);
    await expect.poll(() => rating(page, 'Core value').inputValue()).toBe('9');
    expect(await rating(page, 'Integrity').inputValue()).toBe('10');
    expect(await page.getByText('Ignored from the link').textContent()).toMatch(/: Delivery, Extra mile\./);
    expect(new URL(page.url()).search).toBe('');
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('saves a scorecard under a client, lists it after a reload, and shows the change since last time', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.clock.setFixedTime(new Date(2026, 2, 2, 10));
    await openTool(page);
    await page.getByRole('combobox', { name: 'Client name' }).fill('Acme <Ltd>');
    await fillRatings(page, { 'Core value': 4 });
    await page.getByRole('button', { name: 'Save scorecard' }).click();
    await page.getByText('Saved a scorecard for Acme <Ltd>').waitFor();

    await page.clock.setFixedTime(new Date(2026, 3, 6, 10));
    await page.reload({ waitUntil: 'networkidle' });
    const list = page.getByRole('region', { name: 'Saved scorecards' });
    await list.getByRole('button', { name: 'Reopen the scorecard for Acme <Ltd> from 2026-03-02' }).click();
    await fillRatings(page, { 'Core value': 9 });
    await expect.poll(() => page.locator('.loyalty-comparison').textContent()).toMatch(/vs last time \(2026-03-02, score \d+\): \+\d+ points/);
    await page.getByRole('button', { name: 'Save scorecard' }).click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    expect(await list.getByRole('listitem').first().textContent()).toMatch(/Saved 2026-04-06, \+\d+ points since 2026-03-02/);
    expect(await findAxeViolations(page)).toEqual([]);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('prints the inputs and the result on one sheet, black on white, without buttons or sliders', async () => {
    const tracked = await openTrackedPage({ colorScheme: 'dark', viewport: { width: A4_PRINTABLE_WIDTH_PX, height: 1000 } });
    const { page } = tracked;
    await openTool(page);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const box = await page.locator('.loyalty-scorer').boundingBox();
    expect(box!.height).toBeLessThanOrEqual(A4_PRINTABLE_HEIGHT_PX);
    const hidden = await page.$$eval('.loyalty-scorer button, .loyalty-scorer input[type=range], .saved-scorecards', (nodes) =>
      nodes.every((n) => getComputedStyle(n).display === 'none' || n.closest('.no-print') !== null),
    );
    expect(hidden).toBe(true);
    const colours = await page.$eval('.loyalty-result', (n) => ({ fg: getComputedStyle(n).color, bg: getComputedStyle(n).backgroundColor }));
    expect(colours.fg).toBe('rgb(0, 0, 0)');
    expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(colours.bg);
    await tracked.close();
  });

  it('works inside its guidance page and under a base path, linking back into the guidance', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await openTool(page, 'playbook/loyalty-equation/', 'base-path');
    await rating(page, 'Extra mile').fill('10');
    await expect.poll(() => output(page, 'Extra mile score').textContent()).toMatch(/^100 out of 100/);
    const href = await page.locator('.loyalty-result a').first().getAttribute('href');
    expect(href).toBe('/loyalty/playbook/loyalty-equation/#value-core-surprise-and-personal');
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('links each factor’s next actions to a section of the guidance that exists', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await openTool(page);
    const targets: string[] = [];
    // Make each factor the weakest in turn and collect where its guidance link points.
    for (const weakest of ['Core value', 'Integrity', 'Extra mile']) {
      await fillRatings(page, { 'Core value': 9, 'Surprise value': 9, 'Personal value': 9, Integrity: 9, Competence: 9, Delivery: 9, 'Extra mile': 9 });
      await rating(page, weakest).fill('0');
      await page.locator('.loyalty-result a').first().waitFor();
      targets.push((await page.locator('.loyalty-result a').first().getAttribute('href'))!);
    }
    expect(new Set(targets).size).toBe(3);
    for (const target of targets) {
      await page.goto(new URL(target, page.url()).href);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(await page.locator(`[id="${id}"]`).count(), target).toBe(1);
    }
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation with saved scorecards and an imbalance shown, in the ${colorScheme} theme`, async () => {
      const tracked = await openTrackedPage({ colorScheme });
      const { page } = tracked;
      await openTool(page);
      await page.getByRole('combobox', { name: 'Client name' }).fill('Birch');
      await fillRatings(page, { 'Extra mile': 0, Integrity: 2 });
      await page.getByRole('button', { name: 'Save scorecard' }).click();
      await page.getByRole('region', { name: 'Saved scorecards' }).getByRole('listitem').first().waitFor();
      await page.getByRole('button', { name: 'Rename the client Birch' }).click();
      expect(await page.locator('.loyalty-imbalance').count()).toBe(1);
      expect(await findAxeViolations(page)).toEqual([]);
      await tracked.close();
    });
  }
});
