/**
 * Every tool on a 375 × 812 phone (issue #18, "Must show"): the scorer's score stays in view right after a
 * rating changes, the checklist's today view ticks a habit with one tap, and the planner's plan has its
 * timeline picture. Axe runs on each in both themes.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAxeViolations, openTrackedPage, siteUrl, type TrackedPage } from './support/browser';

/** An iPhone-sized screen, touch included, as the issue tried it. */
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true } as const;

async function openOnPhone(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<TrackedPage> {
  const tracked = await openTrackedPage({ ...PHONE, colorScheme });
  tracked.page.setDefaultTimeout(10_000);
  await tracked.page.goto(siteUrl() + path, { waitUntil: 'networkidle' });
  return tracked;
}

/** Waits until an island has hydrated (Astro removes `ssr` then); typing before that would be lost. */
async function waitForIsland(page: Page, component: string): Promise<void> {
  await page.locator(`astro-island[component-url*="${component}"]`).first().scrollIntoViewIfNeeded();
  await page.locator(`astro-island[component-url*="${component}"]:not([ssr])`).first().waitFor({ state: 'attached' });
}

/** Whether the whole of an element is inside the viewport. */
async function isFullyInViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  return !!box && box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

const RATINGS = ['Core value', 'Surprise value', 'Personal value', 'Integrity', 'Competence', 'Delivery', 'Extra mile'];

describe('the tools on a phone', () => {
  it('keeps the scorer’s score in view right after a rating changes, linked to the full result', async () => {
    const tracked = await openOnPhone('tools/loyalty-score/');
    const { page } = tracked;
    await waitForIsland(page, 'LoyaltyScorer');
    for (const label of RATINGS) await page.getByRole('textbox', { name: label, exact: true }).fill('8');
    const full = page.locator('output').and(page.getByRole('status', { name: 'Loyalty score', exact: true }));
    const summary = page.locator('.score-summary-bar');
    const summaryScore = summary.locator('.score-summary-score');
    // Every rating at 8 (the model's own arithmetic, as the scorer's unit tests check it).
    await expect.poll(() => full.textContent()).toMatch(/^77 out of 100/);
    for (const [label, value] of [['Core value', '3'], ['Extra mile', '0']] as const) {
      const field = page.getByRole('textbox', { name: label, exact: true });
      await field.scrollIntoViewIfNeeded();
      const before = await full.textContent();
      await field.fill(value);
      await expect.poll(() => full.textContent()).not.toBe(before);
      // The full result is far below on a phone; the summary shows the same, new score where the user is.
      expect(await isFullyInViewport(page, full)).toBe(false);
      expect(await summaryScore.textContent()).toBe((await full.textContent())!.match(/^\d+/)![0]);
      expect(await isFullyInViewport(page, summaryScore)).toBe(true);
      expect(await isFullyInViewport(page, field)).toBe(true);
    }
    await summary.getByRole('link', { name: 'Full result' }).tap();
    await expect.poll(() => isFullyInViewport(page, page.getByRole('heading', { name: 'Result', exact: true }))).toBe(true);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('ticks one of today’s habits on the checklist with one tap, and shows the week a tap away', async () => {
    const tracked = await openOnPhone('tools/weekly-checklist/');
    const { page } = tracked;
    await waitForIsland(page, 'WeeklyChecklist');
    const today = page.getByRole('region', { name: /^Today, / });
    await today.waitFor();
    // The week grid waits behind a button, so the page is not 85 tab stops long.
    expect(await page.getByRole('table').isVisible()).toBe(false);
    const habit = today.getByRole('checkbox', { name: /^Communicate/ });
    const box = (await habit.locator('xpath=ancestor::label').boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThan(300);
    await habit.locator('xpath=ancestor::label').tap();
    await expect.poll(() => habit.isChecked()).toBe(true);
    await expect.poll(() => today.textContent()).toContain('1 of 6 habits ticked today.');

    await today.getByRole('button', { name: 'Show the whole week' }).tap();
    const grid = page.getByRole('table');
    await grid.waitFor();
    const todayColumn = grid.locator('th[aria-current="date"]');
    expect(await todayColumn.count()).toBe(1);
    const dayName = (await todayColumn.locator('.visually-hidden').textContent())!;
    expect(await grid.getByRole('checkbox', { name: `Communicate on ${dayName}`, exact: true }).isChecked()).toBe(true);
    expect(await page.getByText(/scrolls sideways/).isVisible()).toBe(true);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('draws the planner’s plan with its timeline above the list', async () => {
    const tracked = await openOnPhone('tools/touchpoint-planner/');
    const { page } = tracked;
    await waitForIsland(page, 'TouchpointPlanner');
    await page.getByLabel('Client name').fill('Phone Client');
    await page.getByRole('button', { name: 'Make plan' }).tap();
    const timeline = page.getByRole('img', { name: /^Timeline of the plan: 7 contacts over 60 days/ });
    await timeline.waitFor();
    expect(await timeline.locator('circle').count()).toBe(7);
    const picture = (await timeline.boundingBox())!;
    expect(picture.width).toBeGreaterThan(300);
    expect(picture.x + picture.width).toBeLessThanOrEqual(375);
    const firstContact = (await page.locator('.tp-contacts > li').first().boundingBox())!;
    expect(firstContact.y).toBeGreaterThan(picture.y);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in the phone layouts, ${colorScheme} theme`, async () => {
      const tracked = await openOnPhone('tools/weekly-checklist/', colorScheme);
      await waitForIsland(tracked.page, 'WeeklyChecklist');
      await tracked.page.getByRole('region', { name: /^Today, / }).waitFor();
      expect(await findAxeViolations(tracked.page)).toEqual([]);
      await tracked.page.goto(siteUrl() + 'tools/loyalty-score/', { waitUntil: 'networkidle' });
      await waitForIsland(tracked.page, 'LoyaltyScorer');
      await tracked.page.getByRole('textbox', { name: 'Integrity', exact: true }).fill('7');
      expect(await findAxeViolations(tracked.page)).toEqual([]);
      await tracked.page.goto(siteUrl() + 'tools/touchpoint-planner/', { waitUntil: 'networkidle' });
      await waitForIsland(tracked.page, 'TouchpointPlanner');
      await tracked.page.getByLabel('Client name').fill('Axe Client');
      await tracked.page.getByLabel('Start date').fill('2020-01-06');
      await tracked.page.getByRole('button', { name: 'Make plan' }).click();
      await tracked.page.getByRole('img', { name: /^Timeline of the plan/ }).waitFor();
      expect(await findAxeViolations(tracked.page)).toEqual([]);
      await tracked.close();
      expect(tracked.problems).toEqual([]);
    });
  }
});
