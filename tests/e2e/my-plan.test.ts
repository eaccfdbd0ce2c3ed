/**
 * My plan in Chromium: the round trip of the issue (fill the scorer and tick the checklist, export, delete
 * all, find the tools empty, import, find everything back), a corrupt file refused with nothing changed, a
 * rename that reaches another tool, and the plan printed on one sheet of A4.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TOOL_DATA } from '../../src/tools/my-plan/__tests__/fixtures/my-plan-data';
import { findAxeViolations, openTrackedPage, siteUrl } from './support/browser';

const PLAN_PATH = 'my-plan/';

/** Tuesday 10 March 2026, mid-morning: the day the fixtures are written for. */
const NOW = new Date(2026, 2, 10, 10);

/** Counts the page objects in a PDF (`/Type /Page`, not the `/Type /Pages` tree). */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

async function openPlan(page: Page, build: 'root' | 'base-path' = 'root'): Promise<void> {
  page.setDefaultTimeout(10_000);
  await page.goto(siteUrl(build) + PLAN_PATH, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { name: 'Where you stand' }).waitFor();
}

function toolCard(page: Page, title: string) {
  return page.getByRole('region', { name: title, exact: true });
}

/** Writes every tool's fixture data into this browser's storage, as the tools would, before the first page loads. */
async function seedToolData(page: Page): Promise<void> {
  await page.addInitScript((data) => {
    // Once per tab: later page loads must see what the test changed, not the fixtures again.
    if (sessionStorage.getItem('fixtures-seeded')) return;
    sessionStorage.setItem('fixtures-seeded', 'yes');
    for (const [name, value] of Object.entries(data)) localStorage.setItem(`loyalty-playbook:${name}`, JSON.stringify({ version: 1, data: value }));
  }, TOOL_DATA);
}

/** Every `loyalty-playbook:` key and its text, but the backup status and reminder day (settings about the data, not data). */
function readSiteStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('loyalty-playbook:') && !key.startsWith('loyalty-playbook:backup-'))
        .map((key) => [key, localStorage.getItem(key)!]),
    ),
  );
}

async function saveScorecard(page: Page, client: string): Promise<void> {
  await page.goto(`${siteUrl()}tools/loyalty-score/`, { waitUntil: 'networkidle' });
  await page.locator('astro-island[component-url*="LoyaltyScorer"]:not([ssr])').waitFor({ state: 'attached' });
  await page.getByRole('textbox', { name: 'Integrity', exact: true }).fill('2');
  await page.getByRole('combobox', { name: 'Client name' }).fill(client);
  await page.getByRole('button', { name: 'Save scorecard' }).click();
  await page.getByText(`Saved a scorecard for ${client}`).waitFor();
}

async function openChecklist(page: Page): Promise<void> {
  await page.goto(`${siteUrl()}tools/weekly-checklist/`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Print this week' }).waitFor();
}

function checklistCell(page: Page) {
  return page.getByRole('checkbox', { name: 'Communicate on Tuesday', exact: true });
}

describe('My plan', () => {
  it('invites to every tool on a first visit, with no build-time data, and passes axe', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await openPlan(page);
    for (const title of ['Loyalty-equation scorer', 'Loyalty-ladder quiz', 'Weekly loyalty checklist', 'New-client touchpoint planner', 'Tolerance review']) {
      expect(await toolCard(page, title).textContent()).toContain('Not used yet');
    }
    expect(await page.getByRole('region', { name: 'Your next five actions' }).getByRole('listitem').count()).toBe(5);
    expect(await findAxeViolations(page)).toEqual([]);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('exports what the scorer and checklist saved, deletes it all, and brings it back from the file', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.clock.setFixedTime(NOW);
    await saveScorecard(page, 'Acme <Ltd>');
    await openChecklist(page);
    await checklistCell(page).check();

    await openPlan(page);
    await expect.poll(() => toolCard(page, 'Loyalty-equation scorer').textContent()).toContain('Acme <Ltd>:');
    expect(await toolCard(page, 'Weekly loyalty checklist').textContent()).toContain('This week: 1 of 6 habits practised, 1 tick.');
    // The scorer's unsaved form is deleted with everything else but is not part of a backup (see the store).
    const { 'loyalty-playbook:loyalty-score': form, ...saved } = await readSiteStorage(page);
    expect(form).toBeDefined();
    expect(Object.keys(saved).sort()).toEqual(['loyalty-playbook:clients', 'loyalty-playbook:loyalty-scorecards', 'loyalty-playbook:weekly-checklist']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
    expect(download.suggestedFilename()).toBe('loyalty-playbook-data-2026-03-10.json');
    const file = await readFile((await download.path()));
    expect(JSON.parse(file.toString('utf8'))).toMatchObject({ format: 'loyalty-playbook-backup', version: 1 });

    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => toolCard(page, 'Loyalty-equation scorer').textContent()).toContain('Not used yet');
    expect(await readSiteStorage(page)).toEqual({});

    await saveScorecardListIsEmpty(page);
    await openChecklist(page);
    expect(await checklistCell(page).isChecked()).toBe(false);

    await openPlan(page);
    await page.getByLabel('Choose an exported file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: file });
    const preview = page.getByRole('group', { name: `Import ${download.suggestedFilename()}?` });
    await preview.waitFor();
    expect(await preview.getByRole('row', { name: /Loyalty-equation scorecard/ }).textContent()).toContain('1 scorecard');
    await preview.getByRole('button', { name: 'Replace my data' }).click();
    await expect.poll(() => toolCard(page, 'Loyalty-equation scorer').textContent()).toContain('Acme <Ltd>:');
    expect(await readSiteStorage(page)).toEqual(saved);

    await openChecklist(page);
    expect(await checklistCell(page).isChecked()).toBe(true);
    await page.goto(`${siteUrl()}tools/loyalty-score/`, { waitUntil: 'networkidle' });
    await page.getByRole('region', { name: 'Saved scorecards' }).getByText('Acme <Ltd>').first().waitFor();
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('refuses a corrupt file with a message next to the field, and changes nothing', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.clock.setFixedTime(NOW);
    await seedToolData(page);
    await openPlan(page);
    const before = await readSiteStorage(page);
    const field = page.getByLabel('Choose an exported file');
    await field.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "loyalty-playbook-backup", "vers') });
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#plan-import-error').textContent()).toMatch(/not readable JSON.*Nothing in this browser was changed\./);
    expect(await page.getByRole('button', { name: 'Replace my data' }).count()).toBe(0);
    expect(await readSiteStorage(page)).toEqual(before);
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Where you stand' }).waitFor();
    expect(await toolCard(page, 'Tolerance review').textContent()).toContain('Bolt Ltd: Outside');
    expect(await findAxeViolations(page)).toEqual([]);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('renames a client once and the new name shows in the other tools', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.clock.setFixedTime(NOW);
    await seedToolData(page);
    await openPlan(page, 'base-path');
    await page.getByRole('button', { name: 'Rename Bolt Ltd' }).click();
    await page.getByLabel('New name for Bolt Ltd').fill('Bolt & Sons');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => toolCard(page, 'Tolerance review').textContent()).toContain('Bolt & Sons: Outside');

    await page.goto(`${siteUrl('base-path')}tools/tolerance-review/`, { waitUntil: 'networkidle' });
    await page.locator('.tolerance-review table').getByText('Bolt & Sons').waitFor();
    expect(await page.locator('.tolerance-review table').textContent()).not.toContain('Bolt Ltd');
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('prints the plan on one A4 page, in black on white, without the data controls', async () => {
    const tracked = await openTrackedPage({ colorScheme: 'dark' });
    const { page } = tracked;
    await page.clock.setFixedTime(NOW);
    await seedToolData(page);
    await openPlan(page);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.locator('.plan-data').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.locator('.my-plan').evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor])).toEqual([
      'rgb(0, 0, 0)',
      'rgb(255, 255, 255)',
    ]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(countPdfPages(pdf)).toBe(1);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });
});

/** The scorer shows no saved scorecard (its list is absent or empty). */
async function saveScorecardListIsEmpty(page: Page): Promise<void> {
  await page.goto(`${siteUrl()}tools/loyalty-score/`, { waitUntil: 'networkidle' });
  await page.locator('astro-island[component-url*="LoyaltyScorer"]:not([ssr])').waitFor({ state: 'attached' });
  expect(await page.getByText('Acme <Ltd>').count()).toBe(0);
  expect(await page.getByRole('textbox', { name: 'Integrity', exact: true }).inputValue()).toBe('5');
}
