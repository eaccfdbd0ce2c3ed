/**
 * The Copy buttons on What to say (issue #17): added by a small script, they copy a script's words,
 * announce "Copied" in a live region, and when the browser refuses, say so next to the button and select
 * the words for a manual copy. Without JavaScript there is no button and the words stay selectable.
 */
import { describe, expect, it } from 'vitest';
import { openTrackedPage, siteUrl } from './support/browser';

const PATH = 'playbook/what-to-say/';
/** The first script on the page and the version its first Copy button copies. */
const FIRST_BUTTON = /^Copy the B2B account words for the recovery call$/;

describe('copying a script', () => {
  it('gives every script version a Copy button that copies its words and announces it', async () => {
    const tracked = await openTrackedPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = tracked;
    await page.goto(siteUrl() + PATH, { waitUntil: 'networkidle' });
    const versions = await page.locator('[data-say-this]').count();
    expect(versions).toBeGreaterThanOrEqual(16);
    await expect.poll(() => page.getByRole('button', { name: /^Copy the / }).count()).toBe(versions);

    const figure = page.locator('[data-say-this]').first();
    await page.getByRole('button', { name: FIRST_BUTTON }).click();
    await expect.poll(() => figure.getByRole('status').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await figure.locator('blockquote').innerText()).trim());
    expect(copied).toMatch(/^Anna, I’ve seen/);
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('says next to the button when the copy fails, and selects the words instead', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.goto(siteUrl() + PATH, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('Denied')) });
    });
    const figure = page.locator('[data-say-this]').first();
    await page.getByRole('button', { name: FIRST_BUTTON }).click();
    const status = figure.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^Could not copy here\. The words are now selected/);
    expect(await status.isVisible()).toBe(true);
    const selected = await page.evaluate(() => window.getSelection()?.toString().trim());
    expect(selected).toBe((await figure.locator('blockquote').innerText()).trim());
    await tracked.close();
    expect(tracked.problems).toEqual([]);
  });

  it('prints the words without the buttons or the message', async () => {
    const tracked = await openTrackedPage({ colorScheme: 'dark' });
    const { page } = tracked;
    await page.goto(siteUrl() + PATH, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: FIRST_BUTTON }).click();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const figure = page.locator('[data-say-this]').first();
    expect(await figure.locator('.say-this-actions').isVisible()).toBe(false);
    expect(await figure.locator('blockquote').isVisible()).toBe(true);
    expect(await figure.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(0, 0, 0)');
    await tracked.close();
  });

  it('shows no button without JavaScript, and the words stay on the page as text', async () => {
    const tracked = await openTrackedPage({ javaScriptEnabled: false });
    const { page } = tracked;
    await page.goto(siteUrl() + PATH);
    expect(await page.getByRole('button', { name: /Copy/ }).count()).toBe(0);
    expect(await page.locator('[data-say-this] blockquote').first().innerText()).toMatch(/^Anna, I’ve seen/);
    await tracked.close();
  });
});
