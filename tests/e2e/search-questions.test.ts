/**
 * Search as a practitioner uses it: questions typed in plain words land on the page and section that
 * answer them, tools are found by what they do and marked as tools, function words are never marked,
 * a misspelling offers the closest indexed words, and the keyboard works on /search/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAxeViolations, openTrackedPage, siteUrl, type TrackedPage } from './support/browser';

/** A question and the places that answer it: `path#section`, or a bare path where the page itself does. */
interface Question {
  question: string;
  answers: string[];
}

/**
 * Questions a busy owner or account manager would type, each with the section that answers it. Where two
 * sections answer equally well, both are listed; nothing else counts.
 */
const QUESTIONS: Question[] = [
  { question: 'how often should I contact a new client', answers: ['playbook/referral-cycle/#the-first-60-days'] },
  { question: 'what to do when a client complains', answers: ['playbook/satisfaction-and-loyalty/#when-a-client-complains-or-is-pushed-past-the-edge'] },
  { question: 'client is angry about a mistake we made', answers: ['playbook/satisfaction-and-loyalty/#when-a-client-complains-or-is-pushed-past-the-edge'] },
  { question: 'how do I thank a client for a referral', answers: ['playbook/referral-cycle/#the-six-steps'] },
  { question: 'when should I ask for referrals', answers: ['playbook/referral-cycle/#the-first-60-days'] },
  { question: 'price-sensitive clients', answers: ['playbook/satisfaction-and-loyalty/#the-zone-of-tolerance'] },
  { question: 'what is a trusted advisor', answers: ['playbook/loyalty-equation/#from-supplier-to-trusted-advisor'] },
  { question: 'how do I do the weekly review', answers: ['tools/weekly-checklist/#how-it-works'] },
  { question: 'export contacts to my calendar', answers: ['tools/touchpoint-planner/#how-it-works'] },
  { question: 'back up my data', answers: ['my-plan/#your-data-your-browser'] },
  { question: 'delete all my data', answers: ['my-plan/#your-data-your-browser'] },
  { question: 'printable checklist', answers: ['tools/weekly-checklist/#printing-and-your-data'] },
  { question: 'export the review list to CSV', answers: ['tools/tolerance-review/#the-list'] },
  { question: 'birthday cards for clients', answers: ['playbook/weekly-habits/#6-surprise-them'] },
  { question: 'what is NPS', answers: ['playbook/referral-cycle/#liked-is-not-the-same-as-referred'] },
  { question: 'contact cadence for key clients', answers: ['playbook/weekly-habits/#4-be-consistent'] },
  { question: 'follow-up calls after the first meeting', answers: ['playbook/referral-cycle/#the-first-60-days'] },
  { question: 'how to stop clients leaving', answers: ['playbook/satisfaction-and-loyalty/#every-contact-is-a-test'] },
  { question: 'how long does it take to build loyalty', answers: ['playbook/loyalty-ladder/#how-long-the-climb-takes'] },
  { question: 'what is the zone of tolerance', answers: ['playbook/satisfaction-and-loyalty/#the-zone-of-tolerance'] },
  { question: 'score a client relationship', answers: ['tools/loyalty-score/#score-a-client-relationship'] },
  {
    question: 'new account manager taking over a client',
    answers: ['playbook/satisfaction-and-loyalty/#the-zone-of-tolerance', 'playbook/satisfaction-and-loyalty/#example-an-accounting-practice'],
  },
  { question: 'which step of the loyalty ladder am I on', answers: ['tools/ladder-quiz/#how-placement-works'] },
  { question: 'difference between satisfied and loyal clients', answers: ['playbook/satisfaction-and-loyalty/#satisfied-is-the-floor-loyal-is-the-goal'] },
  { question: 'keep small promises', answers: ['playbook/weekly-habits/#5-build-credibility'] },
];

/** The share of questions that must land, from the issue: at least 18 of 20. */
const REQUIRED_HIT_RATE = 18 / 20;

/** Pages a reader scans before giving up on a search, from the issue: the first three. */
const RESULTS_READ = 3;

/** What the panel on /search/ shows, in order: each page and the sections listed under it. */
interface ShownResult {
  page: string;
  sections: string[];
  tool: boolean;
}

let tracked: TrackedPage;
let page: Page;

beforeAll(async () => {
  tracked = await openTrackedPage();
  page = tracked.page;
  await page.goto(`${siteUrl()}search/`);
});

afterAll(async () => {
  await tracked.close();
  expect(tracked.problems).toEqual([]);
});

/** Types a query into the search page's field and waits until its results are announced. */
async function search(query: string): Promise<ShownResult[]> {
  const panel = page.locator('[data-search-page]');
  await panel.locator('[data-search-input]').fill(query);
  await expect
    .poll(() => panel.locator('[data-search-status]').textContent(), { timeout: 10_000 })
    .toMatch(new RegExp(`(match|matches) “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`));
  const root = siteUrl();
  return panel.locator('[data-search-results] > li').evaluateAll(
    (items, base) =>
      items.map((item) => {
        const toPath = (a: Element) => (a as HTMLAnchorElement).href.replace(base, '');
        return {
          page: toPath(item.querySelector('a.search-hit')!),
          sections: [...item.querySelectorAll('a.search-sub-hit')].map(toPath),
          tool: item.querySelector('.search-kind') !== null,
        };
      }),
    root,
  );
}

/** Whether one of the first pages shown is an answer, with the answering section listed under it. */
function landsOnAnswer(results: readonly ShownResult[], answers: readonly string[]): boolean {
  return results
    .slice(0, RESULTS_READ)
    .some((result) => answers.some((answer) => (answer.includes('#') ? result.sections.includes(answer) : result.page === answer)));
}

describe('questions in plain words', () => {
  it(`land on their page and section among the first ${RESULTS_READ} results for at least ${REQUIRED_HIT_RATE * 100}% of questions`, async () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(20);
    const misses: string[] = [];
    for (const { question, answers } of QUESTIONS) {
      const results = await search(question);
      if (!landsOnAnswer(results, answers)) {
        const shown = results.slice(0, RESULTS_READ).map((r) => `${r.page} [${r.sections.map((s) => s.split('#')[1]).join(', ')}]`);
        misses.push(`“${question}” wanted ${answers.join(' or ')}, got ${shown.join('; ') || 'nothing'}`);
      }
    }
    const hits = QUESTIONS.length - misses.length;
    console.log(`Search questions: ${hits} of ${QUESTIONS.length} landed (${Math.round((hits / QUESTIONS.length) * 100)}%).${misses.map((m) => `\n  miss: ${m}`).join('')}`);
    expect(hits / QUESTIONS.length, misses.join('\n')).toBeGreaterThanOrEqual(REQUIRED_HIT_RATE);
  });
});

describe('tools', () => {
  it('are found by their explanation, marked as tools, and open from the result', async () => {
    const results = await search('calendar');
    const planner = results.find((result) => result.page === 'tools/touchpoint-planner/');
    expect(planner?.tool).toBe(true);
    // Guidance pages are not tools.
    expect(results.filter((result) => result.page.startsWith('playbook/')).every((result) => !result.tool)).toBe(true);
    const link = page.locator('[data-search-page] a.search-hit[href$="tools/touchpoint-planner/"]');
    await expect(link.textContent()).resolves.toContain('Tool');
    await Promise.all([page.waitForURL(/tools\/touchpoint-planner\/$/), link.click()]);
    await page.goto(`${siteUrl()}search/`);
  });

  it('are not found by the words of their live form', async () => {
    // "paperwork" and "Wednesday" appear only inside the ladder quiz's and the checklist's forms, never in
    // their explanations: the tool pages are indexed (see above), their islands are not.
    for (const formWord of ['paperwork', 'wednesday']) {
      const html = await (await fetch(`${siteUrl()}tools/${formWord === 'paperwork' ? 'ladder-quiz' : 'weekly-checklist'}/`)).text();
      expect(html.toLowerCase()).toContain(formWord);
      expect(await search(formWord)).toEqual([]);
    }
  });
});

describe('ranking and excerpts', () => {
  it('lists at most three sections per page, the best match first', async () => {
    const results = await search('what to do when a client complains');
    for (const result of results) expect(result.sections.length).toBeLessThanOrEqual(3);
    const guide = results.find((result) => result.page === 'playbook/satisfaction-and-loyalty/');
    expect(guide?.sections[0]).toBe('playbook/satisfaction-and-loyalty/#when-a-client-complains-or-is-pushed-past-the-edge');
  });

  it('never marks function words such as "is", "a" or "it"', async () => {
    await search('what is a trusted advisor and is it worth it');
    const marked = await page.locator('[data-search-page] [data-search-results] mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    const words = marked.map((text) => text.toLowerCase().replace(/[^a-z]/g, ''));
    for (const word of ['is', 'a', 'it', 'and', 'what']) expect(words).not.toContain(word);
  });

  it('announces how many pages matched in a live region', async () => {
    await search('referral');
    const status = page.locator('[data-search-page] [data-search-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toMatch(/^\d+ pages? match/);
  });
});

describe('a misspelling or no hit', () => {
  it('offers the closest indexed words, and choosing one searches for it', async () => {
    const results = await search('complant');
    expect(results).toEqual([]);
    const offer = page.locator('[data-search-page] [data-search-suggestions] button', { hasText: 'complaint' });
    await offer.waitFor();
    // The page list stays as a way on.
    expect(await page.locator('[data-search-page] [data-search-empty] a').count()).toBeGreaterThanOrEqual(5);
    await offer.click();
    await expect.poll(() => page.locator('[data-search-page] [data-search-input]').inputValue()).toBe('complaint');
    await page.locator('[data-search-page] a.search-hit').first().waitFor();
  });

  it('corrects one word of a longer question and keeps the rest', async () => {
    await search('how to handel a complaint');
    const offer = page.locator('[data-search-page] [data-search-suggestions] button', { hasText: 'handle' });
    await offer.waitFor();
    expect(await offer.getAttribute('aria-label')).toContain('how to handle a complaint');
  });
});

describe('under BASE_PATH', () => {
  it('loads the vocabulary from the sub-folder: suggestions, and the page explaining a glossary term first', async () => {
    const based = await openTrackedPage();
    await based.page.goto(`${siteUrl('base-path')}search/?q=complant`);
    await based.page.locator('[data-search-page] [data-search-suggestions] button', { hasText: 'complaint' }).waitFor();
    await based.page.goto(`${siteUrl('base-path')}search/?q=${encodeURIComponent('what is the zone of tolerance')}`);
    const first = based.page.locator('[data-search-page] a.search-hit').first();
    await first.waitFor();
    expect(new URL((await first.getAttribute('href'))!, siteUrl('base-path')).pathname).toBe('/loyalty/playbook/satisfaction-and-loyalty/');
    await based.close();
    expect(based.problems).toEqual([]);
  });
});

describe('keyboard on /search/', () => {
  it('moves through results with the arrows, goes back to the field with Escape, opens with Enter', async () => {
    await search('surprise');
    const input = page.locator('[data-search-page] [data-search-input]');
    await input.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-hit'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-input]'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-input]'))).toBe(true);
    const first = await page.locator('[data-search-page] a.search-hit').first().getAttribute('href');
    await Promise.all([page.waitForURL((url) => url.pathname === first), page.keyboard.press('Enter')]);
    await page.goto(`${siteUrl()}search/`);
  });
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation with results, tool badges and suggestions shown, in the ${colorScheme} theme`, async () => {
      const themed = await openTrackedPage({ colorScheme });
      for (const query of ['calendar export', 'complant']) {
        await themed.page.goto(`${siteUrl()}search/?q=${encodeURIComponent(query)}`);
        const shown = query === 'complant' ? '[data-search-suggestions] button' : '.search-kind';
        await themed.page.locator(`[data-search-page] ${shown}`).first().waitFor();
        expect(await findAxeViolations(themed.page), query).toEqual([]);
      }
      await themed.close();
      expect(themed.problems).toEqual([]);
    });
  }
});
