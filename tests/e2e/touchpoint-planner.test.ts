/**
 * The touchpoint planner in a real browser: make a plan for a client whose name holds markup, download
 * its calendar file and read it back, print it on one page, keep it across reloads, under BASE_PATH too.
 */
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { findAxeViolations, openTrackedPage, siteUrl } from './support/browser';

const CLIENT = 'Acme & Sons <Ltd>';
const TOOL_PATH = 'tools/touchpoint-planner/';

async function makePlan(page: import('playwright-core').Page, start = '2026-03-02') {
  await page.getByLabel('Client name').fill(CLIENT);
  await page.getByLabel('Start date').fill(start);
  await page.getByLabel('Number of contacts').fill('8');
  await page.getByRole('button', { name: 'Make plan' }).click();
  await page.getByRole('heading', { name: `Touchpoint plan for ${CLIENT}` }).waitFor();
}

/** Counts the pages of a PDF (each page object is typed /Page). */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

describe.each([
  ['root', ''],
  ['base-path', '/loyalty'],
] as const)('the touchpoint planner (%s build)', (build, basePath) => {
  it(`makes a plan for "${CLIENT}" and downloads a calendar file with one event per contact`, async () => {
    const tracked = await openTrackedPage({ acceptDownloads: true });
    const { page } = tracked;
    await page.goto(siteUrl(build) + TOOL_PATH, { waitUntil: 'networkidle' });
    await makePlan(page);
    // The name is shown as text: no element was made from it.
    expect(await page.locator('main ltd').count()).toBe(0);
    expect(await page.locator('.tp-contact').count()).toBe(8);
    expect(await page.locator('.tp-contact a').first().getAttribute('href')).toBe(`${basePath}/playbook/referral-cycle/`);

    await page.getByRole('button', { name: 'Done: Say thank you, Mon 2 Mar 2026' }).click();
    await page.getByRole('button', { name: /^Skip: Early check-in/ }).click();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('touchpoints-acme-sons-ltd.ics');
    const text = await readFile((await download.path()), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(8);
    expect(events[0]!.summary).toBe(`${CLIENT}: Say thank you (handwritten note)`);
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.startDate.toString()).toBe('2026-03-02');
    expect(events[0]!.description).toContain('Thank them for choosing you');
    expect(events[0]!.description).toContain(`${basePath}/playbook/referral-cycle/`);
    expect(new Set(events.map((event) => event.uid)).size).toBe(8);
    expect(calendar.getAllSubcomponents('vevent')[1]!.getFirstPropertyValue('status')).toBe('CANCELLED');
    // Every date is a working day.
    for (const event of events) expect([0, 6]).not.toContain(event.startDate.toJSDate().getDay());

    // Downloading again after a change keeps the same UIDs and raises the changed event's SEQUENCE.
    await page.getByRole('button', { name: /^Undo skip: Early check-in/ }).click();
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
    ]);
    const second = new ICAL.Component(ICAL.parse(await readFile((await again.path()), 'utf8')));
    const secondEvents = second.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(secondEvents.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
    expect(secondEvents[1]!.sequence).toBe(2);

    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('keeps the plan across a reload and prints it alone, on one page, black on white', async () => {
    const tracked = await openTrackedPage({ colorScheme: 'dark' });
    const { page } = tracked;
    await page.goto(siteUrl(build) + TOOL_PATH, { waitUntil: 'networkidle' });
    await makePlan(page);
    await page.getByLabel('Day of the referral').fill('2026-03-14');
    await page.getByRole('button', { name: 'Log referral' }).click();
    await page.getByText('Referral logged.', { exact: false }).waitFor();

    await page.reload({ waitUntil: 'networkidle' });
    // The rule-of-thumb note (issue 13) puts the tool below the fold, where client:visible hydrates on scroll.
    await page.locator('.touchpoint-planner').scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: `Touchpoint plan for ${CLIENT}` }).waitFor();
    expect(await page.locator('.tp-contact').count()).toBe(10);

    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'Print plan' }).click();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const shown = await page.$$eval('main h1, .tp-form, .tp-plans, .tp-referral, .tp-sheet button, main h2', (nodes) =>
      nodes.map((node) => `${node.tagName}.${node.className}:${getComputedStyle(node).display}`),
    );
    expect(shown.filter((entry) => !entry.endsWith(':none'))).toEqual([expect.stringMatching(/^H2\./)]);
    const colours = await page.$eval('.tp-sheet', (sheet) => [
      getComputedStyle(sheet).color,
      getComputedStyle(sheet.querySelector('.tp-step')!).color,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    const pdf = await page.pdf({ format: 'A4' });
    expect(countPdfPages(pdf)).toBe(1);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });
});

describe('the touchpoint planner with unreadable saved data', () => {
  it('sets it aside with a notice, keeps a copy, and still makes plans', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.goto(siteUrl() + TOOL_PATH, { waitUntil: 'networkidle' });
    await page.evaluate(() => localStorage.setItem('loyalty-playbook:touchpoint-planner', '{"version":1,"data":{"plans":[{"id":1}]}}'));
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('touchpoint planner data could not be read');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('loyalty-playbook:set-aside:touchpoint-planner')),
    );
    expect(kept).toHaveLength(1);
    await makePlan(page);
    for (const violation of await findAxeViolations(page)) expect.fail(violation);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('has no axe violation with a plan open, a move form and errors showing, in either theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const tracked = await openTrackedPage({ colorScheme, viewport: { width: 320, height: 700 } });
      const { page } = tracked;
      await page.goto(siteUrl() + TOOL_PATH, { waitUntil: 'networkidle' });
      // At 320 px the tool starts below the fold (under the rule-of-thumb note): it hydrates once scrolled to.
      await page.getByRole('button', { name: 'Make plan' }).scrollIntoViewIfNeeded();
      await page.locator('astro-island[component-url*="TouchpointPlanner"]:not([ssr])').waitFor({ state: 'attached' });
      await page.getByRole('button', { name: 'Make plan' }).click();
      await page.getByText('Enter the client’s name.').waitFor();
      await makePlan(page);
      await page.getByRole('button', { name: 'Done: Say thank you, Mon 2 Mar 2026' }).click();
      await page.getByRole('button', { name: /^Move: Early check-in/ }).click();
      expect(await findAxeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await tracked.close();
      expect(tracked.problems).toEqual([]);
    }
  });
});

describe('the touchpoint planner on a first visit', () => {
  it('loads only the form until the user starts on it, and the calendar writer only on download', async () => {
    const tracked = await openTrackedPage({ acceptDownloads: true });
    const { page } = tracked;
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await page.goto(siteUrl() + TOOL_PATH, { waitUntil: 'networkidle' });
    const named = (part: string) => scripts.some((path) => path.includes(part));
    expect(named('TouchpointPlanner')).toBe(true);
    expect(named('engine')).toBe(false);
    expect(named('/ics.')).toBe(false);

    await page.getByLabel('Client name').focus();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => named('engine')).toBe(true);
    expect(named('/ics.')).toBe(false);

    await makePlan(page);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar (.ics)' }).click()]);
    expect(named('/ics.')).toBe(true);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });
});
