/**
 * The client survey's whole round trip in Chromium, with the asker and the client in two browser contexts
 * (separate storage): ask on the scorer, answer on /survey/, save the reply, compare, and My plan's Net
 * Promoter Score; plus damaged links, print and accessibility.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findAxeViolations, openTrackedPage, siteUrl } from './support/browser';

/** The issue: a reply link is under 600 characters. */
const REPLY_LINK_MAX_CHARS = 600;

const MY_RATINGS = { 'Core value': 9, 'Surprise value': 8, 'Personal value': 8, Integrity: 9, Competence: 9, Delivery: 9, 'Extra mile': 8 };
/** The client's answers, question by question (1–7), and the recommend question (8). */
const CLIENT_ANSWERS = [8, 6, 7, 6, 7, 3, 5, 9];

async function hydrate(page: Page, component: string): Promise<void> {
  page.setDefaultTimeout(10_000);
  const island = page.locator(`astro-island[component-url*="${component}"]`);
  await island.scrollIntoViewIfNeeded();
  await page.locator(`astro-island[component-url*="${component}"]:not([ssr])`).waitFor({ state: 'attached' });
}

async function readSiteStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith('loyalty-playbook:'))));
}

/** Saves a scorecard and makes a survey link for the client, on the scorer's own page. */
async function askFromScorer(page: Page, build: 'root' | 'base-path' = 'root'): Promise<string> {
  await page.goto(`${siteUrl(build)}tools/loyalty-score/`, { waitUntil: 'networkidle' });
  await hydrate(page, 'LoyaltyScorer');
  for (const [label, value] of Object.entries(MY_RATINGS)) await page.getByRole('textbox', { name: label, exact: true }).fill(String(value));
  await page.getByRole('combobox', { name: 'Client name' }).fill('Acme <Ltd>');
  await page.getByRole('button', { name: 'Save scorecard' }).click();
  await page.getByText('Saved a scorecard for Acme <Ltd>').waitFor();

  await hydrate(page, 'ClientViewPanel');
  await page.getByRole('combobox', { name: 'Client', exact: true }).fill('Acme <Ltd>');
  await page.getByRole('textbox', { name: 'Your name, as the client knows you (optional)' }).fill('Jo Baker');
  await page.getByRole('button', { name: 'Ask the client' }).click();
  await page.getByText('Survey link made for Acme <Ltd>').waitFor();
  return page.getByRole('textbox', { name: 'Survey link' }).inputValue();
}

/** Answers the survey as the client and returns the reply link. */
async function answerSurvey(page: Page, surveyLink: string): Promise<string> {
  await page.goto(surveyLink, { waitUntil: 'networkidle' });
  await hydrate(page, 'SurveyForm');
  const groups = page.getByRole('group');
  await page.getByText('asks how their work for').waitFor();
  const questions = page.locator('fieldset.cs-question');
  expect(await questions.count()).toBe(CLIENT_ANSWERS.length);
  for (const [index, value] of CLIENT_ANSWERS.entries()) {
    await questions.nth(index).getByRole('radio', { name: String(value), exact: true }).check();
  }
  expect(await groups.count()).toBeGreaterThanOrEqual(CLIENT_ANSWERS.length);
  await page.getByRole('textbox', { name: 'Anything you would like to add? (optional)' }).fill('Late twice in March. <b>Still</b> good & helpful.');
  await page.getByRole('button', { name: 'Make my reply link' }).click();
  await page.getByText('Your reply link is ready').waitFor();
  return page.getByRole('textbox', { name: 'Your reply link' }).inputValue();
}

describe('the client survey', () => {
  it('goes round: ask on the scorer, answer in another browser, save the reply once, compare, and count it in My plan', async () => {
    const asker = await openTrackedPage();
    const client = await openTrackedPage();
    await asker.page.clock.setFixedTime(new Date(2026, 2, 2, 10));
    await client.page.clock.setFixedTime(new Date(2026, 2, 4, 10));

    const surveyLink = await askFromScorer(asker.page);
    expect(surveyLink).toMatch(new RegExp(`^${siteUrl()}survey/#s=1`));
    expect(surveyLink).not.toContain('Acme <Ltd>'); // encoded, never raw markup in an address
    const mailto = await asker.page.getByRole('link', { name: 'Write the e-mail' }).getAttribute('href');
    expect(mailto).toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(mailto!.split('body=')[1]!)).toContain(surveyLink);
    await asker.page.getByRole('textbox', { name: 'E-mail message' }).fill('Hi Sam, two minutes of your time?');
    expect(decodeURIComponent((await asker.page.getByRole('link', { name: 'Write the e-mail' }).getAttribute('href'))!)).toContain('Hi Sam, two minutes');

    // The client: another browser context, its own empty storage.
    const replyLink = await answerSurvey(client.page, surveyLink);
    expect(await client.page.locator('.cs-intro').textContent()).toContain('Jo Baker asks how their work for Acme <Ltd> looks');
    expect(await client.page.getByText('Your answers are not sent anywhere').count()).toBe(1);
    expect(replyLink).toMatch(new RegExp(`^${siteUrl()}tools/client-survey/#r=1`));
    expect(replyLink.length).toBeLessThan(REPLY_LINK_MAX_CHARS);
    expect(await readSiteStorage(client.page)).toEqual({});
    const clientMailto = await client.page.getByRole('link', { name: 'E-mail my reply' }).getAttribute('href');
    expect(decodeURIComponent(clientMailto!)).toContain(replyLink);

    // Back to the asker: open the reply, see the answers, save it.
    await asker.page.goto(replyLink, { waitUntil: 'networkidle' });
    await hydrate(asker.page, 'ClientSurvey');
    await asker.page.getByRole('heading', { name: 'A reply from Acme <Ltd>' }).waitFor();
    expect(await asker.page.locator('.cs-comment').textContent()).toBe('Late twice in March. <b>Still</b> good & helpful.');
    expect(await asker.page.locator('.cs-comment b').count()).toBe(0);
    await asker.page.getByRole('button', { name: 'Save this reply' }).click();
    await asker.page.getByText('Saved the reply from Acme <Ltd>.').waitFor();
    // The same reply opened again is saved once.
    await asker.page.reload({ waitUntil: 'networkidle' });
    await hydrate(asker.page, 'ClientSurvey');
    await asker.page.getByRole('button', { name: 'Save this reply' }).click();
    await asker.page.getByText('was already saved; nothing changed').waitFor();
    const saved = JSON.parse((await readSiteStorage(asker.page))['loyalty-playbook:client-survey']!) as { data: { replies: unknown[] } };
    expect(saved.data.replies).toHaveLength(1);
    expect(await asker.page.locator('.cs-saved').textContent()).toContain('Acme <Ltd>: replied Wed 4 Mar 2026 (would recommend 9 of 10)');

    // Compare on the scorer: the self-overrating comes first.
    await asker.page.goto(`${siteUrl()}tools/loyalty-score/`, { waitUntil: 'networkidle' });
    await hydrate(asker.page, 'ClientViewPanel');
    const compare = asker.page.getByRole('region', { name: 'Your view and the client’s' });
    await compare.waitFor();
    const finding = compare.locator('.cs-finding');
    // Your trust 90 against the client's 51: the largest gap of 15 points or more is said first.
    expect(await finding.textContent()).toMatch(/^You rate trust 39 points higher than your client does: start there\./);
    const rows = await compare.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim())));
    expect(rows[1]).toEqual(['Trust', '90', '51', '+39 (you rate yourself higher)']);
    expect(rows.map((row) => row[0])).toEqual(['Value', 'Trust', 'Extra mile', 'Loyalty score']);

    // My plan: the client's view and the Net Promoter Score.
    await asker.page.goto(`${siteUrl()}my-plan/`, { waitUntil: 'networkidle' });
    const card = asker.page.locator('.plan-tool', { has: asker.page.getByRole('heading', { name: 'Client survey' }) });
    await card.getByText('Net Promoter Score').waitFor();
    expect(await card.textContent()).toContain('Net Promoter Score: +100 (1 promoter, 0 passives, 0 detractors; 1 client who replied in the last 12 months)');
    expect(await card.textContent()).toContain('Acme <Ltd>');

    await asker.close();
    await client.close();
    expect([...asker.problems, ...client.problems]).toEqual([]);
  });

  it('refuses a damaged, cut-short, wrong-version or foreign link with a message, and saves nothing', async () => {
    const asker = await openTrackedPage();
    const client = await openTrackedPage();
    const surveyLink = await askFromScorer(asker.page);
    const replyLink = await answerSurvey(client.page, surveyLink);
    const before = await readSiteStorage(asker.page);
    const at = replyLink.indexOf('#r=') + 20;
    const cases: [string, RegExp][] = [
      [replyLink.slice(0, at) + (replyLink[at] === '7' ? '8' : '7') + replyLink.slice(at + 1), /damaged/],
      [replyLink.slice(0, -10), /damaged/],
      [replyLink.replace('#r=1', '#r=2'), /version 2/],
      [surveyLink.replace(/^.*#/, `${siteUrl()}tools/client-survey/#`), /This is a survey link, not a reply/],
      [`${siteUrl()}tools/client-survey/#x=hello`, /not a client-survey link/],
    ];
    for (const [link, message] of cases) {
      await asker.page.goto(link, { waitUntil: 'networkidle' });
      await asker.page.reload({ waitUntil: 'networkidle' });
      await hydrate(asker.page, 'ClientSurvey');
      const notice = asker.page.getByRole('region', { name: 'This reply link cannot be read' });
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(message);
      expect(await asker.page.getByRole('button', { name: 'Save this reply' }).count()).toBe(0);
    }
    expect(await readSiteStorage(asker.page)).toEqual(before);

    await client.page.goto(`${siteUrl()}survey/#s=1garbage`, { waitUntil: 'networkidle' });
    await hydrate(client.page, 'SurveyForm');
    await client.page.getByText('This survey link cannot be opened.').waitFor();
    await asker.close();
    await client.close();
    expect([...asker.problems, ...client.problems]).toEqual([]);
  });

  it('asks from inside the guidance page too, under a base path', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.goto(`${siteUrl('base-path')}playbook/loyalty-equation/`, { waitUntil: 'networkidle' });
    await hydrate(page, 'ClientViewPanel');
    await page.getByRole('button', { name: 'Ask the client' }).click();
    expect(await page.getByText('Enter the client’s name.').count()).toBe(1);
    await page.getByRole('combobox', { name: 'Client', exact: true }).fill('Birch');
    await page.getByRole('button', { name: 'Ask the client' }).click();
    expect(await page.getByRole('textbox', { name: 'Survey link' }).inputValue()).toMatch(new RegExp(`^${siteUrl('base-path')}survey/#s=1`));
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('prints the survey on one A4 and one Letter page', async () => {
    const asker = await openTrackedPage();
    const surveyLink = await askFromScorer(asker.page);
    const tracked = await openTrackedPage({ colorScheme: 'dark' });
    await tracked.page.goto(surveyLink, { waitUntil: 'networkidle' });
    await hydrate(tracked.page, 'SurveyForm');
    await tracked.page.getByText('asks how their work for').waitFor();
    for (const format of ['A4', 'Letter']) {
      const pdf = await tracked.page.pdf({ format, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length, format).toBe(1);
    }
    await tracked.page.emulateMedia({ media: 'print' });
    expect(await tracked.page.getByRole('button', { name: 'Make my reply link' }).isVisible()).toBe(false);
    await asker.close();
    await tracked.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation on the survey and on a received reply, in the ${colorScheme} theme`, async () => {
      const asker = await openTrackedPage({ colorScheme });
      const client = await openTrackedPage({ colorScheme, viewport: { width: 375, height: 800 } });
      const surveyLink = await askFromScorer(asker.page);
      const violations: string[] = [];
      for (const v of await findAxeViolations(asker.page)) violations.push(`scorer with survey link: ${v}`);
      const replyLink = await answerSurvey(client.page, surveyLink);
      for (const v of await findAxeViolations(client.page)) violations.push(`survey answered: ${v}`);
      // A phone: no sideways scrolling.
      expect(await client.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await asker.page.goto(replyLink, { waitUntil: 'networkidle' });
      await hydrate(asker.page, 'ClientSurvey');
      await asker.page.getByRole('button', { name: 'Save this reply' }).click();
      await asker.page.getByText('Saved the reply').waitFor();
      for (const v of await findAxeViolations(asker.page)) violations.push(`reply saved: ${v}`);
      await asker.page.goto(`${siteUrl()}tools/loyalty-score/`, { waitUntil: 'networkidle' });
      await hydrate(asker.page, 'ClientViewPanel');
      await asker.page.getByRole('region', { name: 'Your view and the client’s' }).waitFor();
      for (const v of await findAxeViolations(asker.page)) violations.push(`comparison: ${v}`);
      await asker.close();
      await client.close();
      expect(violations).toEqual([]);
    });
  }
});
