/**
 * Every tool page prints as a one-page record (issue 18, "Paper"): filled in as a user would, printed by
 * the browser's own Print command on A4 and on US Letter, each tool's page comes out as exactly one page
 * (poppler's `pdfinfo`) whose text (`pdftotext`) holds the heading of the record (tool, client where the
 * tool has one, the day printed), what was entered, what came out and the rule-of-thumb line, and none of
 * the page's buttons, navigation or explanatory prose. The ink is black on white, in a dark theme too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TOOL_DATA } from '../../src/tools/my-plan/__tests__/fixtures/my-plan-data';
import { LADDER_STEPS } from '../../src/tools/ladder-quiz/model';
import { scoreLoyalty } from '../../src/tools/loyalty-score/model';
import { openTrackedPage, siteUrl } from './support/browser';
import { PAPER_NAMES, readPdf } from './support/pdf';

/** Tuesday 10 March 2026, mid-morning: the day every record here is printed (and My plan's fixtures are written for). */
const NOW = new Date(2026, 2, 10, 10);
/** {@link NOW} as the record's heading writes it (the shared calendar-date format). */
const PRINTED_ON = 'Printed Tue 10 Mar 2026';

/** A client name with characters that must print as written, never as markup. */
const CLIENT = 'Acme & Sons <Ltd>';

/** Words of the site's chrome and of the tools' controls, which paper has no use for. */
const NEVER_PRINTED = [
  'Skip to content',
  'Private by design',
  'Search',
  'Menu',
  'Copy link',
  'Dismiss',
  'Undo',
  'Start again',
  'Save scorecard',
  'New scorecard',
  'Make plan',
  'Print plan',
  'Download calendar',
  'Save review',
  'Export to CSV',
  'Print the list',
  'Ask the client',
  'Make my reply link',
  'Print this week',
  'Next: ',
  'Previous: ',
];

/** Chromium's own default margins in its print dialog (about 1 cm), which a reader printing a page gets. */
const BROWSER_MARGINS = { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' };

/** Waits until the island whose component file holds `component` has hydrated, bringing it into view first. */
async function hydrate(page: Page, component: string): Promise<void> {
  const island = page.locator(`astro-island[component-url*="${component}"]`).first();
  await island.scrollIntoViewIfNeeded();
  await page.locator(`astro-island[component-url*="${component}"]:not([ssr])`).first().waitFor({ state: 'attached' });
}

/** Writes saved data into this browser's storage, as the tools would, before the page's scripts run. */
async function seed(page: Page, data: Record<string, unknown>): Promise<void> {
  await page.addInitScript((stores) => {
    if (sessionStorage.getItem('print-seeded')) return;
    sessionStorage.setItem('print-seeded', 'yes');
    for (const [name, data] of Object.entries(stores)) localStorage.setItem(`loyalty-playbook:${name}`, JSON.stringify({ version: 1, data }));
  }, data);
}

/** Makes a survey link for {@link CLIENT} on the client survey's page and returns it. */
async function askForSurvey(page: Page): Promise<string> {
  await hydrate(page, 'ClientSurvey');
  await page.getByRole('combobox', { name: 'Client', exact: true }).fill(CLIENT);
  await page.getByRole('textbox', { name: 'Your name, as the client knows you (optional)' }).fill('Jo Baker');
  await page.getByRole('button', { name: 'Ask the client' }).click();
  await page.getByText(`Survey link made for ${CLIENT}`).waitFor();
  return page.getByRole('textbox', { name: 'Survey link' }).inputValue();
}

/** The scorer's ratings as a user enters them. */
const RATINGS = { 'Core value': 8, 'Surprise value': 6, 'Personal value': 7, Integrity: 9, Competence: 7, Delivery: 4, 'Extra mile': 3 };
const SCORE = scoreLoyalty({ core: 8, surprise: 6, personal: 7, integrity: 9, competence: 7, delivery: 4, extraMile: 3 });

/** One tool page's record: how a user fills it and what its printout must say. */
interface ToolRecord {
  name: string;
  path: string;
  /** Fills the tool as a user would; returns text the page showed that the record must also hold. */
  fill(page: Page): Promise<string[]>;
  /** What the printout must hold besides that. */
  expected: (string | RegExp)[];
  /** Explanatory prose of the page, left off paper. */
  prose: string[];
  /** Saved data by store name, in this browser before the page loads. */
  saved?: Record<string, unknown>;
}

const RECORDS: ToolRecord[] = [
  {
    name: 'loyalty-equation scorer',
    path: 'tools/loyalty-score/',
    async fill(page) {
      await hydrate(page, 'LoyaltyScorer');
      await page.getByRole('combobox', { name: 'Client name' }).fill(CLIENT);
      for (const [label, value] of Object.entries(RATINGS)) await page.getByRole('textbox', { name: label, exact: true }).fill(String(value));
      await page.locator('.loyalty-band').waitFor();
      return [];
    },
    expected: [
      'Loyalty-equation scorer',
      `Client: ${CLIENT}`,
      PRINTED_ON,
      ...Object.entries(RATINGS).map(([label, value]) => new RegExp(`${label}: ${value}\\b`)),
      `${SCORE.score} out of 100`,
      SCORE.band.name,
      'A rule of thumb, not a measure',
    ],
    prose: ['How the score works', 'Think of one client and rate seven things'],
  },
  {
    name: 'ladder quiz',
    path: 'tools/ladder-quiz/',
    async fill(page) {
      await hydrate(page, 'LadderQuiz');
      const levels = ['Always', 'Always', 'Mostly', 'Sometimes', 'Not yet'];
      for (const [index, step] of LADDER_STEPS.entries()) {
        for (const statement of step.statements) {
          await page.getByRole('radiogroup', { name: statement.text }).getByLabel(levels[index]!, { exact: true }).check();
        }
      }
      const step = page.getByRole('status', { name: 'Ladder step' });
      await expect.poll(() => step.textContent()).toBe('Step 3 of 5: Loyalty begins');
      return [];
    },
    expected: [
      'Loyalty-ladder quiz',
      'Step 3 of 5: Loyalty begins',
      PRINTED_ON,
      `${LADDER_STEPS[0]!.statements[0]!.text} Always`,
      `${LADDER_STEPS[3]!.statements[2]!.text} Sometimes`,
      `${LADDER_STEPS[4]!.statements[1]!.text} Not yet`,
      'A rule of thumb, not a measure',
    ],
    prose: ['How placement works', 'How long a climb takes'],
  },
  {
    name: 'weekly checklist',
    path: 'tools/weekly-checklist/',
    async fill(page) {
      await hydrate(page, 'WeeklyChecklist');
      await page.getByRole('button', { name: 'Print this week' }).waitFor();
      await page.getByRole('checkbox', { name: 'Communicate on Monday', exact: true }).check();
      await page.getByRole('textbox', { name: 'Notes on Communicate' }).fill('Called Acme about the March order');
      const client = page.getByRole('combobox', { name: 'Key client 1' });
      await client.fill(CLIENT);
      await client.press('Tab');
      return [];
    },
    expected: ['Weekly loyalty checklist', CLIENT, 'Called Acme about the March order', '9–15 March 2026', 'A rule of thumb, not a measure. The tally counts your ticks'],
    prose: ['How it works', 'Printing and your data'],
  },
  {
    name: 'touchpoint planner',
    path: 'tools/touchpoint-planner/',
    async fill(page) {
      await hydrate(page, 'TouchpointPlanner');
      await page.getByLabel('Client name').fill(CLIENT);
      await page.getByLabel('Start date').fill('2026-03-10');
      await page.getByLabel('Number of contacts').fill('8');
      await page.getByRole('button', { name: 'Make plan' }).click();
      await page.getByRole('heading', { name: `Touchpoint plan for ${CLIENT}` }).waitFor();
      return (await page.locator('.tp-contact .tp-date').allTextContents()).map((date) => date.trim());
    },
    expected: ['New-client touchpoint planner', `Touchpoint plan for ${CLIENT}`, PRINTED_ON, '8 contacts', 'Started Tue 10 Mar 2026', 'A rule of thumb, not a measure'],
    prose: ['How it works', 'Front-loaded, on working days'],
  },
  {
    name: 'tolerance review',
    path: 'tools/tolerance-review/',
    async fill(page) {
      await hydrate(page, 'ToleranceReview');
      const review = async (name: string, strength: string, below: string[], failure: boolean) => {
        await page.getByLabel('Client name').fill(name);
        for (const touchpoint of below) await page.getByRole('group', { name: touchpoint }).getByLabel('Below what they accept').check();
        if (failure) await page.getByLabel('A recent failure').check();
        await page.getByRole('group', { name: 'Relationship strength' }).getByLabel(strength, { exact: true }).check();
        await page.getByRole('button', { name: 'Save review' }).click();
        await page.getByText(`Saved the review of ${name}:`).waitFor();
      };
      await review(CLIENT, 'Weak', ['Product or work quality'], true);
      await review('Birch Dental', 'Strong', ['Billing and price'], false);
      await review('Cobalt Print', 'Moderate', [], false);
      return [];
    },
    expected: ['Tolerance review', PRINTED_ON, CLIENT, 'Birch Dental', 'Cobalt Print', 'Outside', 'Inside', 'A rule of thumb, not a measure'],
    prose: ['How it works', 'Touchpoint weights'],
  },
  {
    name: 'client survey',
    path: 'tools/client-survey/',
    async fill(page) {
      return [await askForSurvey(page)];
    },
    expected: ['Client survey', `Client: ${CLIENT}`, PRINTED_ON, 'A rule of thumb, not a measure'],
    prose: ['How the round trip works', 'Where the answers travel'],
  },
  {
    name: 'survey a client answers',
    path: '',
    async fill(page) {
      // The survey link is made on the client survey's page, then answered on the survey page.
      await page.goto(`${siteUrl()}tools/client-survey/`, { waitUntil: 'networkidle' });
      await page.goto(await askForSurvey(page), { waitUntil: 'networkidle' });
      await hydrate(page, 'SurveyForm');
      const questions = page.locator('fieldset.cs-question');
      for (const [index, value] of [8, 6, 7, 6, 7, 3, 5, 9].entries()) {
        await questions.nth(index).getByRole('radio', { name: String(value), exact: true }).check();
      }
      await page.getByRole('textbox', { name: 'Anything you would like to add? (optional)' }).fill('Late twice in March, still helpful.');
      return [];
    },
    expected: ['A short survey', 'Jo Baker', CLIENT, 'Late twice in March, still helpful.', PRINTED_ON],
    prose: [],
  },
  {
    name: 'My plan',
    path: 'my-plan/',
    async fill(page) {
      await hydrate(page, 'MyPlan');
      await page.getByRole('heading', { name: 'Where you stand' }).waitFor();
      return [];
    },
    expected: ['My plan', PRINTED_ON, 'Acme', 'Bolt Ltd', 'Where you stand'],
    prose: ['Export', 'Delete everything'],
    saved: TOOL_DATA,
  },
];

describe('every tool page prints as a one-page record', () => {
  for (const record of RECORDS) {
    it(`prints the ${record.name} on one A4 and one Letter page, inputs and result, black on white, without controls or prose`, async () => {
      const tracked = await openTrackedPage({ colorScheme: 'dark' });
      const { page } = tracked;
      page.setDefaultTimeout(10_000);
      await page.clock.setFixedTime(NOW);
      if (record.saved) await seed(page, record.saved);
      if (record.path) await page.goto(siteUrl() + record.path, { waitUntil: 'networkidle' });
      const shown = await record.fill(page);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const ink = await page.evaluate(() => [getComputedStyle(document.querySelector('main')!).color, getComputedStyle(document.body).backgroundColor]);
      expect(ink).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      for (const format of ['A4', 'Letter'] as const) {
        const report = readPdf(await page.pdf({ format, margin: BROWSER_MARGINS }), `${record.name}-${format}`);
        expect(report.pages, `${record.name} on ${format}:\n${report.text}`).toBe(1);
        expect(report.pageSize).toContain(PAPER_NAMES[format]);
        for (const words of record.expected) {
          if (typeof words === 'string') expect(report.text, format).toContain(words);
          else expect(report.text, format).toMatch(words);
        }
        // What the page showed is found whole, wherever paper wrapped it (a survey link breaks anywhere).
        for (const words of shown) expect(report.text.replace(/\s/g, ''), format).toContain(words.replace(/\s/g, ''));
        for (const words of [...NEVER_PRINTED, ...record.prose]) expect(report.text, format).not.toContain(words);
      }
      await tracked.close();
      expect(tracked.problems).toEqual([]);
    });
  }
});
