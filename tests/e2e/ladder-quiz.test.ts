/**
 * The loyalty-ladder quiz in the built site: placement, the slip warning, keyboard use, saving across a
 * reload, Start again with undo, share links, the history chart, accessibility of the filled-in result,
 * printing on one page, and links under BASE_PATH.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LADDER_STEPS, type AnswerLevel } from '../../src/tools/ladder-quiz/model';
import { findAxeViolations, openTrackedPage, siteUrl } from './support/browser';

const TOOL_PATH = 'tools/ladder-quiz/';
const LABELS: Record<AnswerLevel, string> = { 'not-yet': 'Not yet', sometimes: 'Sometimes', mostly: 'Mostly', always: 'Always' };

/** Waits until the island has hydrated (Astro removes the `ssr` attribute once it has). */
async function waitForQuiz(page: Page) {
  await page.locator('astro-island:has(.ladder-quiz):not([ssr])').waitFor({ state: 'attached' });
}

/** Picks one answer for every statement of the given steps, as a user would by clicking. */
async function answerSteps(page: Page, level: AnswerLevel, stepNumbers = [1, 2, 3, 4, 5]) {
  for (const stepNumber of stepNumbers) {
    for (const statement of LADDER_STEPS[stepNumber - 1]!.statements) {
      await page.getByRole('radiogroup', { name: statement.text }).getByLabel(LABELS[level], { exact: true }).check();
    }
  }
}

const ladderStep = (page: Page) => page.getByRole('status', { name: 'Ladder step' });

describe('the ladder quiz', () => {
  it('places all "Always" on step 5 of 5, keeps the answers across a reload and charts the result', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.goto(siteUrl() + TOOL_PATH);
    await waitForQuiz(page);
    await expect.poll(() => ladderStep(page).textContent()).toBe('15 of 15 statements still to answer');
    await answerSteps(page, 'always');
    await expect.poll(() => ladderStep(page).textContent()).toBe('Step 5 of 5: Partnership');
    await page.reload();
    await waitForQuiz(page);
    await expect.poll(() => ladderStep(page).textContent()).toBe('Step 5 of 5: Partnership');
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(15);
    const chart = page.getByRole('img', { name: /Step reached by date/ });
    await chart.waitFor();
    expect(await chart.locator('circle').count()).toBe(1);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('keeps a business on step 1 with a slip warning when step 2 is not held but steps 3 to 5 are', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.goto(siteUrl() + TOOL_PATH);
    await waitForQuiz(page);
    await answerSteps(page, 'always', [1, 3, 4, 5]);
    await answerSteps(page, 'sometimes', [2]);
    await expect.poll(() => ladderStep(page).textContent()).toBe('Step 1 of 5: The basics');
    const warning = page.locator('.ladder-slip');
    expect(await warning.textContent()).toContain('Slip warning: you hold steps 3, 4 and 5, but step 2 is not held');
    expect(await page.getByRole('heading', { name: 'What keeps you from step 2: Great service' }).count()).toBe(1);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('can be answered with the keyboard alone', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.goto(siteUrl() + TOOL_PATH);
    await waitForQuiz(page);
    const first = LADDER_STEPS[0]!.statements[0]!;
    const second = LADDER_STEPS[0]!.statements[1]!;
    await page.getByRole('radiogroup', { name: first.text }).getByLabel('Not yet', { exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.getByRole('radiogroup', { name: first.text }).getByLabel('Mostly', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('radiogroup', { name: second.text }).getByLabel('Not yet', { exact: true }).isChecked()).toBe(true);
    await expect.poll(() => ladderStep(page).textContent()).toBe('13 of 15 statements still to answer');
    await tracked.close();
  });

  it('starts again with undo', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.goto(siteUrl() + TOOL_PATH);
    await waitForQuiz(page);
    await answerSteps(page, 'mostly');
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect.poll(() => ladderStep(page).textContent()).toBe('15 of 15 statements still to answer');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => ladderStep(page).textContent()).toBe('Step 5 of 5: Partnership');
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('copies a link that restores the answers elsewhere, ignoring bad values with a notice', async () => {
    const tracked = await openTrackedPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = tracked;
    await page.goto(siteUrl() + TOOL_PATH);
    await waitForQuiz(page);
    await answerSteps(page, 'always', [1, 3, 4, 5]);
    await answerSteps(page, 'not-yet', [2]);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByText('Link copied').count()).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('answers')).toBe('aaa.nnn.aaa.aaa.aaa');

    const other = await openTrackedPage();
    await other.page.goto(link);
    await waitForQuiz(other.page);
    await expect.poll(() => ladderStep(other.page).textContent()).toBe('Step 1 of 5: The basics');
    expect(new URL(other.page.url()).search).toBe('');

    // Over answers of one's own, a link opens as a preview beside them and replaces them only when asked.
    await other.page.goto(`${siteUrl()}${TOOL_PATH}?answers=aaa.aZa.aaa.aaa.aaa`);
    await waitForQuiz(other.page);
    const preview = other.page.getByRole('region', { name: 'Answers from the link you opened' });
    await preview.waitFor();
    expect(await ladderStep(other.page).textContent()).toBe('Step 1 of 5: The basics');
    await preview.getByRole('button', { name: 'Use the link’s answers' }).click();
    await expect.poll(() => ladderStep(other.page).textContent()).toBe('1 of 15 statements still to answer');
    expect(await other.page.getByText('The link held 1 value that could not be read').count()).toBe(1);
    await other.close();
    await tracked.close();
    expect([...tracked.problems, ...other.problems]).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation with a full result and history in the ${colorScheme} theme`, async () => {
      const tracked = await openTrackedPage({ colorScheme });
      const { page } = tracked;
      await page.goto(siteUrl() + TOOL_PATH);
      await page.evaluate(() =>
        localStorage.setItem(
          'loyalty-playbook:ladder-quiz',
          JSON.stringify({ version: 1, data: { answers: {}, history: [{ date: '2025-05-01', stepNumber: 1 }, { date: '2025-11-20', stepNumber: 3 }] } }),
        ),
      );
      await page.goto(`${siteUrl()}${TOOL_PATH}?answers=aaa.ssn.aaa.aaa.aaa`);
      await waitForQuiz(page);
      await page.locator('.ladder-slip').waitFor();
      await page.getByRole('img', { name: /Step reached by date/ }).waitFor();
      await page.getByText('Show the results as a table').click();
      expect(await findAxeViolations(page)).toEqual([]);
      expect(await page.locator('.ladder-quiz [style]').count()).toBe(0);
      await tracked.close();
    });
  }

  it('prints the result on one page, in black on white, without the questions', async () => {
    const tracked = await openTrackedPage({ colorScheme: 'dark' });
    const { page } = tracked;
    await page.goto(siteUrl() + TOOL_PATH);
    await page.evaluate(() =>
      localStorage.setItem(
        'loyalty-playbook:ladder-quiz',
        JSON.stringify({ version: 1, data: { answers: {}, history: [{ date: '2025-05-01', stepNumber: 1 }, { date: '2025-11-20', stepNumber: 3 }] } }),
      ),
    );
    // The longest result: a step with the longest actions still to climb, plus a slip warning.
    await page.goto(`${siteUrl()}${TOOL_PATH}?answers=aaa.aaa.aaa.sss.aaa`);
    await waitForQuiz(page);
    await page.locator('.ladder-slip').waitFor();
    await page.getByRole('img', { name: /Step reached by date/ }).waitFor();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.locator('.ladder-questions').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    const panel = await page.locator('.ladder-result').evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(panel).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    const pdf = (await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
    await tracked.close();
  });

  it('works inside the loyalty-ladder guidance, with links that keep the base path', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    const base = siteUrl('base-path');
    await page.goto(`${base}playbook/loyalty-ladder/`);
    await page.locator('.ladder-quiz').scrollIntoViewIfNeeded();
    await waitForQuiz(page);
    await answerSteps(page, 'always', [1, 2]);
    await answerSteps(page, 'sometimes', [3, 4, 5]);
    await expect.poll(() => ladderStep(page).textContent()).toBe('Step 2 of 5: Great service');
    const hrefs = await page.locator('.ladder-actions a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toHaveLength(3);
    for (const href of hrefs) {
      expect(href).toMatch(/^\/loyalty\/(playbook|tools)\//);
      expect((await fetch(new URL(href!, base))).status).toBe(200);
    }
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });
});
