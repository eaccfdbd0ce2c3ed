/**
 * The tolerance review in a real browser: review clients, reload, export CSV, print, and stay accessible
 * with saved data on screen.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAxeViolations, openTrackedPage, siteUrl } from './support/browser';

const TOOL_PATH = 'tools/tolerance-review/';

async function reviewClient(page: Page, name: string, answers: { strength: string; below?: string[]; failure?: boolean; better?: string[] }) {
  await page.getByLabel('Client name').fill(name);
  for (const touchpoint of answers.below ?? []) await page.getByRole('group', { name: touchpoint }).getByLabel('Below expected').check();
  for (const touchpoint of answers.better ?? []) await page.getByRole('group', { name: touchpoint }).getByLabel('Better than expected').check();
  if (answers.failure) await page.getByLabel('A recent failure').check();
  await page.getByRole('group', { name: 'Relationship strength' }).getByLabel(answers.strength, { exact: true }).check();
  await page.getByRole('button', { name: 'Save review' }).click();
  await page.getByText(`Saved the review of ${name}:`).waitFor();
}

/** Scrolls the island into view (it hydrates when visible) and waits until it runs. */
async function waitForHydration(page: Page) {
  await page.locator('.tolerance-review').scrollIntoViewIfNeeded();
  await page.locator('astro-island:not([ssr]) .tolerance-review').waitFor();
}

async function readTable(page: Page): Promise<string[][]> {
  return page.$$eval('.tr-table tbody tr', (rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].slice(0, 4).map((cell) => cell.textContent.trim())),
  );
}

/** Saved data for `count` clients, written straight into storage before the page loads. */
function seedClients(count: number) {
  const contacts = { service: 'expected', sales: 'none', leadership: 'none', billing: 'expected', quality: 'expected', marketing: 'none' };
  const clients = Array.from({ length: count }, (_, i) => ({ id: `c${i}`, name: `Client ${String(i + 1).padStart(2, '0')}` }));
  const reviews = clients.map((client, i) => ({
    id: `r${i}`,
    clientId: client.id,
    reviewedOn: '2026-01-05',
    strengthFrom: 'asked',
    answers: { contacts, priceSensitivity: 'low', contactChange: false, newStaff: false, recentFailure: i % 3 === 0, strength: 'weak' },
  }));
  return { clients, reviews };
}

async function openSeeded(count: number, options: Parameters<typeof openTrackedPage>[0] = {}) {
  const tracked = await openTrackedPage(options);
  const { clients, reviews } = seedClients(count);
  await tracked.page.addInitScript(
    ([c, r]) => {
      localStorage.setItem('loyalty-playbook:clients', JSON.stringify({ version: 1, data: c }));
      localStorage.setItem('loyalty-playbook:tolerance-review', JSON.stringify({ version: 1, data: r }));
    },
    [clients, reviews] as const,
  );
  await tracked.page.goto(siteUrl() + TOOL_PATH, { waitUntil: 'networkidle' });
  await waitForHydration(tracked.page);
  await tracked.page.locator('.tr-table').waitFor();
  return tracked;
}

describe('tolerance review', () => {
  it('reviews two clients, finds one Outside and one Inside, reloads and finds both, and exports a CSV that parses back to the same rows', async () => {
    const tracked = await openTrackedPage({ acceptDownloads: true });
    const { page } = tracked;
    await page.goto(siteUrl() + TOOL_PATH, { waitUntil: 'networkidle' });
    await waitForHydration(page);

    await reviewClient(page, 'Globex, "West" & Co', { strength: 'Weak', below: ['Service', 'Billing and price'], failure: true });
    await reviewClient(page, 'Initech', { strength: 'Strong', better: ['Sales'] });
    const status = page.getByRole('status', { name: 'Tolerance status' });
    await expect(status.textContent()).resolves.toContain('Not known yet');

    const before = await readTable(page);
    expect(before.map((row) => row.slice(0, 2))).toEqual([
      ['Globex, "West" & Co', 'Outside'],
      ['Initech', 'Inside'],
    ]);

    await page.reload({ waitUntil: 'networkidle' });
    await waitForHydration(page);
    await page.locator('.tr-table').waitFor();
    expect(await readTable(page)).toEqual(before);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tolerance-review-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()), 'utf8');
    const [heading, ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(heading!.slice(0, 5)).toEqual(['Client', 'Date of review', 'Status', 'Review due', 'Next review']);
    // Same clients, statuses and dates, in the order the table shows.
    expect(rows.map((row) => [row[0], row[2], row[1], row[3] === 'Yes' ? `Due since ${row[4]}` : row[4]])).toEqual(before);

    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('refuses a review without a name, with the message tied to the field', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.goto(siteUrl() + TOOL_PATH, { waitUntil: 'networkidle' });
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Save review' }).click();
    const name = page.getByLabel('Client name');
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(name.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await page.locator('.field-error').allTextContents()).toEqual(['Enter the client’s name.', 'Choose how strong the relationship is.']);
    expect(await findAxeViolations(page)).toEqual([]);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation with a verdict and a list on screen, in the ${colorScheme} theme`, async () => {
      const tracked = await openSeeded(3, { colorScheme });
      const { page } = tracked;
      await page.getByLabel('Client name').fill('Acme');
      await page.getByRole('group', { name: 'Relationship strength' }).getByLabel('Moderate').check();
      await page.getByRole('group', { name: 'Service' }).getByLabel('Below expected').check();
      await page.getByRole('status', { name: 'Tolerance status' }).filter({ hasText: 'Inside' }).waitFor();
      await page.getByRole('button', { name: 'Delete: Client 02' }).click();
      await page.getByText('Deleted the review of Client 02.').waitFor();
      expect(await findAxeViolations(page)).toEqual([]);
      await tracked.close();
      expect(tracked.problems).toEqual([]);
    });
  }

  it('sorts from the keyboard and keeps the page within a 320 px screen', async () => {
    const tracked = await openSeeded(4, { viewport: { width: 320, height: 700 } });
    const { page } = tracked;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByRole('button', { name: /^Client/ }).focus();
    await page.keyboard.press('Enter');
    await page.locator('th[aria-sort="ascending"]', { hasText: 'Client' }).waitFor();
    expect((await readTable(page)).map((row) => row[0])).toEqual(['Client 01', 'Client 02', 'Client 03', 'Client 04']);
    await page.keyboard.press('Enter');
    await page.locator('th[aria-sort="descending"]', { hasText: 'Client' }).waitFor();
    expect((await readTable(page)).map((row) => row[0])).toEqual(['Client 04', 'Client 03', 'Client 02', 'Client 01']);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('prints twenty clients to a page, without the form or buttons', async () => {
    const countPages = async (clients: number) => {
      const tracked = await openSeeded(clients);
      const pdf = await tracked.page.pdf({ format: 'A4' });
      await tracked.page.emulateMedia({ media: 'print' });
      const hidden = await tracked.page.evaluate(() => ({
        form: getComputedStyle(document.querySelector('.tr-form')!).display,
        exportButton: getComputedStyle(document.querySelector('.tr-list .button-row')!).display,
        breaks: [...document.querySelectorAll('.tr-table tbody tr')].map((row, i) => [i + 1, getComputedStyle(row).breakAfter]).filter(([, b]) => b === 'page').map(([i]) => i),
      }));
      await tracked.close();
      // Chromium writes one "/Type /Page" object per page (the page tree itself is "/Type /Pages").
      return { pages: pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)!.length, hidden };
    };
    const twenty = await countPages(20);
    const forty = await countPages(40);
    const sixty = await countPages(60);
    expect(twenty.hidden).toEqual({ form: 'none', exportButton: 'none', breaks: [20] });
    expect(sixty.hidden.breaks).toEqual([20, 40, 60]);
    expect(forty.pages - twenty.pages).toBe(1);
    expect(sixty.pages - forty.pages).toBe(1);
  });

  it('works inside the satisfaction-and-loyalty guidance under BASE_PATH', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.goto(`${siteUrl('base-path')}playbook/satisfaction-and-loyalty/`, { waitUntil: 'networkidle' });
    await waitForHydration(page);
    await reviewClient(page, 'Hooli', { strength: 'Moderate', below: ['Marketing'] });
    expect((await readTable(page)).map((row) => row.slice(0, 2))).toEqual([['Hooli', 'Inside']]);
    const href = await page.getByRole('link', { name: /on its own page/ }).getAttribute('href');
    expect(href).toBe('/loyalty/tools/tolerance-review/');
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });
});
