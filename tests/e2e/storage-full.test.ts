/**
 * Nothing typed is ever lost: with this site's storage full, saving in every tool shows a message next to
 * the tool, keeps everything on screen and throws nothing; once room is made, Try again stores it. Also:
 * Undo in one tab never wipes what another tab saved since, a backup with odd client names comes in
 * under the one name rule, and with JavaScript off each tool says what still works.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TOOL_DATA } from '../../src/tools/my-plan/__tests__/fixtures/my-plan-data';
import { openTrackedPage, siteUrl, type TrackedPage } from './support/browser';

/** Key prefix of the junk that fills storage (outside the site's own prefix, so no tool reads it). */
const FILLER = 'test-filler-';

/** Fills localStorage to its quota: big strings first, then smaller ones until not one character fits. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate((prefix) => {
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`${prefix}${i}`, chunk);
        i += 1;
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
    // A new key costs its own name too: grow the first one until not one more character fits.
    const first = `${prefix}0`;
    for (let extra = 1024; extra > 0; extra >>= 1) {
      try {
        for (;;) localStorage.setItem(first, localStorage.getItem(first)! + 'x'.repeat(extra));
      } catch {
        // Full at this step; try a smaller one.
      }
    }
  }, FILLER);
}

/** Makes room again, as a user would by clearing other data. */
async function freeStorage(page: Page): Promise<void> {
  await page.evaluate((prefix) => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
  }, FILLER);
}

function readStored(page: Page, name: string): Promise<unknown> {
  return page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { data: unknown } | null)?.data, `loyalty-playbook:${name}`);
}

/** The refused-save message next to the tool. */
function fullNotice(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'storage for this site is full' });
}

/** Checks the message says what happened and offers the way out, then makes room and presses Try again. */
async function expectNoticeThenRetry(page: Page): Promise<void> {
  const notice = fullNotice(page);
  await notice.waitFor();
  expect(await notice.textContent()).toMatch(/not saved.*stays on screen/);
  const exportLink = notice.getByRole('link', { name: 'Export my data' });
  expect(await exportLink.getAttribute('href')).toBe('/my-plan/#plan-export');
  expect(await notice.textContent()).toMatch(/make room: delete entries you no longer need/);
  await freeStorage(page);
  await notice.getByRole('button', { name: 'Try again' }).click();
  await notice.waitFor({ state: 'detached' });
}

async function openTool(tracked: TrackedPage, path: string, hydratedSelector: string): Promise<Page> {
  const { page } = tracked;
  page.setDefaultTimeout(10_000);
  await page.goto(siteUrl() + path, { waitUntil: 'networkidle' });
  await page.locator(hydratedSelector).scrollIntoViewIfNeeded();
  await page.locator(`astro-island:not([ssr]) ${hydratedSelector}`).waitFor({ state: 'attached' });
  return page;
}

async function finish(tracked: TrackedPage): Promise<void> {
  await tracked.close();
  expect(tracked.problems).toEqual([]);
}

describe('with storage full', () => {
  it('the scorer keeps the form and the scorecard on screen, names the right client, and stores it on Try again', async () => {
    const tracked = await openTrackedPage();
    const page = await openTool(tracked, 'tools/loyalty-score/', '.loyalty-scorer');
    // The scorer starts unrated (issue 13): rate all seven before saving.
    const ratings = page.locator('.rating-field input[type="text"]');
    for (let i = 0; i < (await ratings.count()); i++) await ratings.nth(i).fill('5');
    const client = page.getByRole('combobox', { name: 'Client name' });
    await client.fill('Beta Ltd');
    await page.getByRole('button', { name: 'Save scorecard' }).click();
    await page.getByText('Saved a scorecard for Beta Ltd').waitFor();

    await fillStorage(page);
    await client.fill('Gamma Ltd');
    await page.getByRole('textbox', { name: 'Integrity', exact: true }).fill('2');
    await page.getByRole('button', { name: 'Save scorecard' }).click();
    const status = page.getByText('The scorecard for Gamma Ltd is not saved');
    await status.waitFor();
    expect(await page.getByText(/Saved a scorecard for Gamma|Updated today’s scorecard/).count()).toBe(0);
    expect(await client.inputValue()).toBe('Gamma Ltd');
    expect(await page.getByRole('textbox', { name: 'Integrity', exact: true }).inputValue()).toBe('2');
    await page.getByRole('region', { name: 'Saved scorecards' }).getByText('Gamma Ltd').first().waitFor();

    await expectNoticeThenRetry(page);
    expect(await readStored(page, 'clients')).toEqual([expect.objectContaining({ name: 'Beta Ltd' }), expect.objectContaining({ name: 'Gamma Ltd' })]);
    expect(await readStored(page, 'loyalty-scorecards')).toHaveLength(2);
    await finish(tracked);
  });

  it('the tolerance review lists the review it could not store and says so', async () => {
    const tracked = await openTrackedPage();
    const page = await openTool(tracked, 'tools/tolerance-review/', '.tolerance-review');
    await fillStorage(page);
    await page.getByLabel('Client name').fill('Gamma Ltd');
    await page.getByRole('group', { name: 'Relationship strength' }).getByLabel('Weak', { exact: true }).check();
    await page.getByRole('button', { name: 'Save review' }).click();
    await page.getByText('The review of Gamma Ltd is in the list below but not saved').waitFor();
    expect(await page.getByText(/Saved the review of/).count()).toBe(0);
    expect(await page.locator('.tr-table tbody').textContent()).toContain('Gamma Ltd');
    await expectNoticeThenRetry(page);
    expect(await readStored(page, 'tolerance-review')).toHaveLength(1);
    await finish(tracked);
  });

  it('the touchpoint planner shows the plan, says it is not saved, and does not blame the network', async () => {
    const tracked = await openTrackedPage();
    const page = await openTool(tracked, 'tools/touchpoint-planner/', '.touchpoint-planner');
    await page.getByLabel('Client name').fill('Gamma Ltd');
    await page.getByLabel('Number of contacts').fill('7');
    await fillStorage(page);
    await page.getByRole('button', { name: 'Make plan' }).click();
    await page.getByRole('heading', { name: 'Touchpoint plan for Gamma Ltd' }).waitFor();
    await page.getByText(/^Not saved \(the browser refused to store it; see the message above\): Plan made for Gamma Ltd/).waitFor();
    expect(await page.getByText(/offline|could not be loaded/).count()).toBe(0);
    await expectNoticeThenRetry(page);
    expect(await readStored(page, 'touchpoint-planner')).toMatchObject({ plans: [expect.anything()] });
    await finish(tracked);
  });

  it('the ladder quiz keeps the answer chosen', async () => {
    const tracked = await openTrackedPage();
    const page = await openTool(tracked, 'tools/ladder-quiz/', '.ladder-quiz');
    await fillStorage(page);
    const answer = page.getByRole('radiogroup').first().getByLabel('Always', { exact: true });
    await answer.check();
    await fullNotice(page).waitFor();
    expect(await answer.isChecked()).toBe(true);
    await expectNoticeThenRetry(page);
    expect(await readStored(page, 'ladder-quiz')).not.toBeNull();
    await finish(tracked);
  });

  it('the weekly checklist keeps the tick', async () => {
    const tracked = await openTrackedPage();
    const page = await openTool(tracked, 'tools/weekly-checklist/', '.weekly-checklist');
    await page.getByRole('button', { name: 'Print this week' }).waitFor();
    await fillStorage(page);
    const box = page.getByRole('checkbox', { name: 'Communicate on Monday', exact: true });
    await box.check();
    await fullNotice(page).waitFor();
    expect(await box.isChecked()).toBe(true);
    await expectNoticeThenRetry(page);
    expect(await readStored(page, 'weekly-checklist')).not.toBeNull();
    await finish(tracked);
  });

  it('My plan keeps a renamed client on screen', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    await page.addInitScript((clients) => {
      if (!localStorage.getItem('loyalty-playbook:clients')) localStorage.setItem('loyalty-playbook:clients', JSON.stringify({ version: 1, data: clients }));
    }, TOOL_DATA.clients);
    await page.goto(`${siteUrl()}my-plan/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Rename Acme' }).click();
    await fillStorage(page);
    await page.getByLabel('New name for Acme').fill('Acme Group');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('region', { name: 'Your clients' }).getByText('Acme Group').waitFor();
    await expectNoticeThenRetry(page);
    expect(await readStored(page, 'clients')).toContainEqual(expect.objectContaining({ name: 'Acme Group' }));
    await finish(tracked);
  });
});

describe('two tabs', () => {
  it('Undo of Delete all in one tab keeps the review saved in the other since', async () => {
    const tracked = await openTrackedPage();
    const { page: planPage, context } = tracked;
    await planPage.addInitScript((data) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      for (const name of ['clients', 'tolerance-review']) localStorage.setItem(`loyalty-playbook:${name}`, JSON.stringify({ version: 1, data: data[name] }));
    }, TOOL_DATA);
    await planPage.goto(`${siteUrl()}my-plan/`, { waitUntil: 'networkidle' });
    await planPage.getByRole('button', { name: 'Delete all my data' }).click();
    await planPage.getByRole('button', { name: 'Yes, delete everything' }).click();
    await planPage.getByRole('button', { name: 'Undo' }).waitFor();

    const reviewPage = await context.newPage();
    await reviewPage.goto(`${siteUrl()}tools/tolerance-review/`, { waitUntil: 'networkidle' });
    await reviewPage.locator('.tolerance-review').scrollIntoViewIfNeeded();
    await reviewPage.locator('astro-island:not([ssr]) .tolerance-review').waitFor({ state: 'attached' });
    await reviewPage.getByLabel('Client name').fill('Nova');
    await reviewPage.getByRole('group', { name: 'Relationship strength' }).getByLabel('Strong', { exact: true }).check();
    await reviewPage.getByRole('button', { name: 'Save review' }).click();
    await reviewPage.getByText('Saved the review of Nova').waitFor();

    await planPage.bringToFront();
    await planPage.getByRole('button', { name: 'Undo' }).click();
    await planPage.getByText(/kept what was saved since/).waitFor();
    const clients = (await readStored(planPage, 'clients')) as { id: string; name: string }[];
    expect(clients.map((client) => client.name).sort()).toEqual(['Acme', 'Bolt Ltd', 'Nova']);
    const reviews = (await readStored(planPage, 'tolerance-review')) as { clientId: string }[];
    expect(reviews.map((review) => clients.find((client) => client.id === review.clientId)?.name).sort()).toEqual(['Bolt Ltd', 'Nova']);

    await reviewPage.reload({ waitUntil: 'networkidle' });
    await reviewPage.locator('.tolerance-review').scrollIntoViewIfNeeded();
    await expect.poll(() => reviewPage.locator('.tr-table tbody').textContent()).toMatch(/Bolt Ltd[\s\S]*Nova|Nova[\s\S]*Bolt Ltd/);
    await finish(tracked);
  });
});

describe('importing odd client names', () => {
  it('tidies names, keeps nameless clients reachable, and merges names that differ in case and spacing', async () => {
    const tracked = await openTrackedPage();
    const { page } = tracked;
    page.setDefaultTimeout(10_000);
    const review = (TOOL_DATA['tolerance-review'] as Record<string, unknown>[])[0]!;
    const clients = [
      { id: 'zw', name: '\u200b' },
      { id: 'sp', name: ' ' },
      { id: 'a1', name: '  Acme  ' },
      { id: 'nl', name: 'a\nb' },
      { id: 'a2', name: 'ACME' },
      { id: 'a3', name: 'acme' },
      { id: 'a4', name: ' Acme ' },
    ];
    const file = {
      format: 'loyalty-playbook-backup',
      version: 1,
      exportedAt: '2026-03-10T08:30:00.000Z',
      data: {
        stores: [
          { name: 'clients', version: 1, data: clients },
          { name: 'tolerance-review', version: 1, data: [{ ...review, id: 'r1', clientId: 'a3' }, { ...review, id: 'r2', clientId: 'zw' }] },
        ],
      },
    };
    await page.goto(`${siteUrl()}my-plan/`, { waitUntil: 'networkidle' });
    await page.getByLabel('Choose an exported file').setInputFiles({ name: 'odd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const preview = page.getByRole('group', { name: 'Import odd.json?' });
    await preview.waitFor();
    expect(await preview.getByRole('row', { name: /Client list/ }).textContent()).toContain('4 clients');
    await preview.getByRole('button', { name: 'Replace my data' }).click();

    const list = page.getByRole('region', { name: 'Your clients' });
    await list.getByText('Unnamed client 2').waitFor();
    const stored = (await readStored(page, 'clients')) as { id: string; name: string }[];
    expect(stored).toEqual([
      { id: 'zw', name: 'Unnamed client' },
      { id: 'sp', name: 'Unnamed client 2' },
      { id: 'a1', name: 'Acme' },
      { id: 'nl', name: 'a b' },
    ]);
    // Acme's review, filed under "acme" in the file, now belongs to the one Acme.
    expect(((await readStored(page, 'tolerance-review')) as { clientId: string }[]).map((r) => r.clientId).sort()).toEqual(['a1', 'zw']);
    expect(await list.textContent()).not.toMatch(/ACME|acme|\u200b/);
    await finish(tracked);
  });
});

describe('without JavaScript', () => {
  it.each([
    ['tools/loyalty-score/', 'Loyalty-equation scorer', /You can still read everything on this page\.$/],
    ['tools/weekly-checklist/', 'Weekly loyalty checklist', /The blank sheet below still prints/],
    ['playbook/loyalty-ladder/', 'Loyalty-ladder quiz', /You can still read everything on this page\.$/],
  ])('%s says the tool needs JavaScript and what still works', async (path, title, works) => {
    const tracked = await openTrackedPage({ javaScriptEnabled: false });
    const { page } = tracked;
    await page.goto(siteUrl() + path, { waitUntil: 'networkidle' });
    const notice = page.locator('.tool-noscript').filter({ hasText: `The ${title} tool needs JavaScript` });
    expect(await notice.isVisible()).toBe(true);
    expect((await notice.locator('p').last().textContent())!.trim()).toMatch(works);
    await finish(tracked);
  });
});
