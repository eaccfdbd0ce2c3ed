/**
 * The weekly checklist in Chromium: ticks survive a reload, two tabs stay in step, and the sheet prints on
 * exactly one portrait page of A4 and of US Letter, blank or full, with or without JavaScript.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAxeViolations, openTrackedPage, siteUrl, type TrackedPage } from './support/browser';

const TOOL_PATH = 'tools/weekly-checklist/';
const GUIDE_PATH = 'playbook/weekly-habits/';

/** PDF page sizes in points (1/72 inch): A4 is 210 × 297 mm, US Letter 8.5 × 11 in. */
const PAPER_POINTS = { a4: [595, 842], letter: [612, 792] } as const;

/** Counts the page objects in a PDF (`/Type /Page`, not the `/Type /Pages` tree). */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

/** Reads every page's size in whole points. */
function readPageSizes(pdf: Buffer): number[][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
}

async function openTool(options: Parameters<typeof openTrackedPage>[0] = {}, path = TOOL_PATH): Promise<TrackedPage> {
  const tracked = await openTrackedPage(options);
  await tracked.page.goto(siteUrl() + path, { waitUntil: 'networkidle' });
  if (options.javaScriptEnabled !== false) await waitForLiveSheet(tracked.page);
  return tracked;
}

/** The island is live once its week controls appear (the server's blank sheet has none). */
async function waitForLiveSheet(page: Page): Promise<void> {
  await page.locator('.weekly-checklist').scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Print this week' }).waitFor();
}

function cell(page: Page, habit: string, day: string) {
  return page.getByRole('checkbox', { name: `${habit} on ${day}`, exact: true });
}

/** Fills every field to its limit and ticks every box: the most a sheet can hold. */
async function fillSheetToTheBrim(page: Page): Promise<void> {
  for (const box of await page.locator('.weekly-sheet input[type="checkbox"]').all()) await box.check();
  for (const note of await page.getByRole('textbox', { name: /^Notes on / }).all()) await note.fill('W'.repeat(140));
  for (let line = 1; line <= 5; line++) {
    const field = page.getByRole('combobox', { name: `Key client ${line}` });
    await field.fill(`${line} ${'M'.repeat(78)}`);
    await field.press('Tab');
  }
  for (const answer of await page.locator('.weekly-sheet textarea').all()) await answer.fill('Wide words and more wide words '.repeat(9).slice(0, 280));
}

async function choosePaper(page: Page, paper: 'a4' | 'letter'): Promise<void> {
  await page.getByRole('radio', { name: paper === 'a4' ? 'A4' : 'US Letter' }).check();
  await expect.poll(() => page.locator('.weekly-sheet').getAttribute('data-paper')).toBe(paper);
}

/**
 * Prints with the page's own paper size and with each explicit size; every print must be one page.
 * @param prepare runs before each print (Chromium fires `afterprint` after each PDF, ending a button's print)
 */
async function expectOnePageEach(page: Page, paper?: 'a4' | 'letter', prepare: () => Promise<void> = async () => {}): Promise<void> {
  await prepare();
  const own = await page.pdf({ preferCSSPageSize: true });
  expect(countPdfPages(own)).toBe(1);
  if (paper) expect(readPageSizes(own)).toEqual([[...PAPER_POINTS[paper]]]);
  for (const format of ['A4', 'Letter'] as const) {
    await prepare();
    const pdf = await page.pdf({ format, preferCSSPageSize: false });
    expect(countPdfPages(pdf), `${format} with ${paper ?? 'no'} paper chosen`).toBe(1);
  }
}

/** Replaces the print dialog (headless Chromium has none) with a counter the test can read. */
async function stubPrintDialog(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
}

/** Presses a print button and waits until the page is set up for printing the sheet alone. */
async function pressPrint(page: Page, name: 'Print this week' | 'Print a blank sheet'): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as { printed: number }).printed);
  await page.getByRole('button', { name }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(before + 1);
  expect(await page.evaluate(() => document.documentElement.classList.contains('weekly-print-sheet'))).toBe(true);
}

describe('the weekly checklist', () => {
  it('keeps ticks, notes and key clients after a reload', async () => {
    const tracked = await openTool();
    const { page } = tracked;
    await cell(page, 'Communicate', 'Monday').check();
    await cell(page, 'Surprise them', 'Friday').check();
    await page.getByRole('textbox', { name: 'Notes on Surprise them' }).fill('Card for Acme');
    const customer = page.getByRole('combobox', { name: 'Key client 1' });
    await customer.fill('Acme <b>Ltd</b>');
    await customer.press('Tab');
    await expect.poll(() => page.locator('.weekly-tally').textContent()).toContain('2 of 6 habits practised, 2 ticks in all');
    // A key client is saved once the client list's code has loaded (it loads on focus): on a busy machine
    // that can take longer than the reload below takes to start, so wait for the line to be written.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('loyalty-playbook:weekly-checklist') ?? '')).toContain('keyClients');

    await page.reload({ waitUntil: 'networkidle' });
    await waitForLiveSheet(page);
    expect(await cell(page, 'Communicate', 'Monday').isChecked()).toBe(true);
    expect(await cell(page, 'Surprise them', 'Friday').isChecked()).toBe(true);
    expect(await cell(page, 'Communicate', 'Tuesday').isChecked()).toBe(false);
    expect(await page.getByRole('textbox', { name: 'Notes on Surprise them' }).inputValue()).toBe('Card for Acme');
    expect(await page.getByRole('combobox', { name: 'Key client 1' }).inputValue()).toBe('Acme <b>Ltd</b>');
    expect(await page.locator('.weekly-sheet b').count()).toBe(0);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('keeps two open tabs in step', async () => {
    const tracked = await openTool();
    const other = await tracked.context.newPage();
    await other.goto(siteUrl() + TOOL_PATH, { waitUntil: 'networkidle' });
    await waitForLiveSheet(other);

    await cell(tracked.page, 'Build credibility', 'Wednesday').check();
    await expect.poll(() => cell(other, 'Build credibility', 'Wednesday').isChecked()).toBe(true);
    await cell(other, 'Build credibility', 'Wednesday').uncheck();
    await cell(other, 'Be consistent', 'Sunday').check();
    await expect.poll(() => cell(tracked.page, 'Be consistent', 'Sunday').isChecked()).toBe(true);
    expect(await cell(tracked.page, 'Build credibility', 'Wednesday').isChecked()).toBe(false);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation when filled in, with a refused name and a saved-data notice (${colorScheme})`, async () => {
      const tracked = await openTrackedPage({ colorScheme });
      const { page } = tracked;
      await page.goto(siteUrl() + TOOL_PATH, { waitUntil: 'networkidle' });
      await page.evaluate(() => localStorage.setItem('loyalty-playbook:weekly-checklist', '{"version":1,"data":{"weeks":7}}'));
      await page.reload({ waitUntil: 'networkidle' });
      await waitForLiveSheet(page);
      await page.getByRole('alert').waitFor();
      await cell(page, 'Communicate', 'Monday').check();
      await page.getByRole('textbox', { name: 'Notes on Communicate' }).fill('Weekly call with Acme');
      const customer = page.getByRole('combobox', { name: 'Key client 2' });
      await customer.fill('x'.repeat(81));
      await customer.press('Tab');
      await page.locator('#weekly-checklist-client-1-error').waitFor();
      await page.getByRole('button', { name: 'Clear this sheet' }).click();
      await page.getByRole('button', { name: 'Undo' }).waitFor();
      expect(await findAxeViolations(page)).toEqual([]);
      await tracked.close();
    });
  }

  it('starts on the ISO week of the device’s date, also across a year end', async () => {
    const tracked = await openTrackedPage();
    await tracked.page.clock.setFixedTime(new Date(2027, 0, 2, 12));
    await tracked.page.goto(siteUrl() + TOOL_PATH, { waitUntil: 'networkidle' });
    await waitForLiveSheet(tracked.page);
    const title = tracked.page.getByRole('heading', { level: 2, name: /Weekly loyalty checklist/ });
    expect(await title.textContent()).toBe('Weekly loyalty checklist: Week 53, 2026');
    expect(await tracked.page.locator('.sheet-dates').textContent()).toBe('28 December 2026 – 3 January 2027');
    await tracked.page.getByRole('button', { name: /Next week/ }).click();
    await expect.poll(() => title.textContent()).toBe('Weekly loyalty checklist: Week 1, 2027');
    await tracked.close();
  });

  it('prints the sheet alone, in black on white, without the page title, explanations or pager', async () => {
    const tracked = await openTool({ colorScheme: 'dark' });
    const { page } = tracked;
    await cell(page, 'Communicate', 'Monday').check();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const hidden = await page.$$eval('.article-header, .prose > h2, .prose > ul, .prose > p, .pager, .week-controls, .print-controls, .weekly-summary, button', (nodes) =>
      nodes.filter((node) => !node.closest('.weekly-sheet') || node.matches('button')).map((node) => getComputedStyle(node).display),
    );
    expect(hidden.length).toBeGreaterThan(5);
    expect(hidden.every((display) => display === 'none')).toBe(true);
    expect(await page.locator('.weekly-sheet').isVisible()).toBe(true);
    expect(await page.locator('.sheet-site').textContent()).toBe('Loyalty Playbook');
    expect(await page.locator('.sheet-site').isVisible()).toBe(true);
    const colours = await page.$eval('.sheet-grid tbody th', (th) => ({ fg: getComputedStyle(th).color, bg: getComputedStyle(th).backgroundColor }));
    expect(colours.fg).toBe('rgb(0, 0, 0)');
    expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(colours.bg);
    // Boxes are borders, so printers that drop backgrounds still draw them.
    const box = await page.$eval('.tick-box', (span) => getComputedStyle(span).borderTopStyle);
    expect(box).toBe('solid');
    const tick = await page.locator('input[aria-label="Communicate on Monday"]').evaluate((input) => getComputedStyle(input.nextElementSibling!, '::after').borderRightStyle);
    expect(tick).toBe('solid');
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  for (const paper of ['a4', 'letter'] as const) {
    it(`prints a blank sheet and a full one on exactly one ${paper === 'a4' ? 'A4' : 'US Letter'} page`, async () => {
      const tracked = await openTool();
      const { page } = tracked;
      await choosePaper(page, paper);
      await expectOnePageEach(page, paper);
      await fillSheetToTheBrim(page);
      await expect.poll(() => page.locator('.weekly-tally').textContent()).toContain('6 of 6 habits practised, 42 ticks in all');
      expect(await page.locator('.weekly-sheet input:checked').count()).toBe(42);
      await expectOnePageEach(page, paper);
      await tracked.close();
      expect(tracked.problems).toEqual([]);
    });
  }

  it('prints a blank sheet from the button: no ticks, no dates, one page, then shows the week again', async () => {
    const tracked = await openTool();
    const { page } = tracked;
    await cell(page, 'Communicate', 'Monday').check();
    await stubPrintDialog(page);
    await pressPrint(page, 'Print a blank sheet');
    expect(await page.locator('.weekly-sheet input:checked').count()).toBe(0);
    expect(await page.locator('.sheet-dates').textContent()).toBe('Week of ');
    await expectOnePageEach(page, 'letter', () => pressPrint(page, 'Print a blank sheet'));
    // Chromium reports printing done after each PDF, as it does when its print dialog closes.
    await expect.poll(() => cell(page, 'Communicate', 'Monday').isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.classList.contains('weekly-print-sheet'))).toBe(false);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('prints only the sheet from the weekly-habits guidance page when a print button is used', async () => {
    const tracked = await openTool({}, GUIDE_PATH);
    const { page } = tracked;
    await stubPrintDialog(page);
    await choosePaper(page, 'a4');
    await pressPrint(page, 'Print this week');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.article-header h1').isVisible()).toBe(false);
    expect(await page.locator('.tool-embed-title').isVisible()).toBe(false);
    expect(await page.locator('.weekly-sheet').isVisible()).toBe(true);
    // Back to no emulation: page.pdf() then prints with print styles, as a browser does.
    await page.emulateMedia({ media: null });
    await expectOnePageEach(page, 'a4', () => pressPrint(page, 'Print this week'));
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('weekly-print-sheet'))).toBe(false);
    // Printed the usual way, the guidance page keeps its text (and the sheet follows on its own page).
    expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });
});

describe('the weekly checklist without JavaScript', () => {
  it('holds a blank, undated sheet that prints alone on one page of A4 and of Letter', async () => {
    const tracked = await openTool({ javaScriptEnabled: false });
    const { page } = tracked;
    expect(await page.locator('.weekly-sheet input[type="checkbox"]').count()).toBe(42);
    expect(await page.getByRole('checkbox', { name: 'Communicate on Monday', exact: true }).count()).toBe(1);
    expect(await page.locator('.sheet-dates').textContent()).toBe('Week of ');
    expect(await page.locator('.weekly-sheet .day-date').allTextContents()).toEqual(Array(7).fill(''));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.article-header h1').isVisible()).toBe(false);
    expect(await page.locator('.prose > h2').first().isVisible()).toBe(false);
    expect(await page.locator('.weekly-sheet').isVisible()).toBe(true);
    await expectOnePageEach(page);
    await tracked.close();
  });
});
