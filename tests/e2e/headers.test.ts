/**
 * The `_headers` file each build ships (Netlify and Cloudflare Pages): the site served with those headers,
 * as such a host would, still runs every script it needs (islands, search's WebAssembly), and refuses to be
 * shown inside another page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS } from '../../scripts/build-sites.mjs';
import { openTrackedPage, siteUrl, type TrackedPage } from './support/browser';

interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Reads a `_headers` file: an unindented path pattern, then its indented `Name: value` lines; `#` starts a comment. */
function readHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`Not a header line: ${line}`);
    rule.headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers a host sends for a path: those of every rule whose pattern matches (`*` matches anything). */
function selectHeaders(rules: HeaderRule[], path: string): Record<string, string> {
  const matches = (pattern: string) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern)).map((rule) => rule.headers)) as Record<string, string>;
}

/** Opens a page in a context whose every answer carries the build's `_headers`. */
async function openWithHeaders(rules: HeaderRule[]): Promise<TrackedPage> {
  const tracked = await openTrackedPage();
  await tracked.context.route('**/*', async (route) => {
    const response = await route.fetch();
    const path = new URL(route.request().url()).pathname;
    await route.fulfill({ response, headers: { ...response.headers(), ...selectHeaders(rules, path) } });
  });
  return tracked;
}

describe.each(BUILDS.map((build) => [build.name, build] as const))('_headers of the %s build', (_, build) => {
  const rules = readHeaderRules(readFileSync(join(build.outDir, '_headers'), 'utf8'));
  const base = siteUrl(build.name as 'root' | 'base-path');

  it("sends the pages' own policy with frame-ancestors 'none', nosniff and a referrer policy", () => {
    const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(home)?.[1] ?? '';
    const headers = selectHeaders(rules, new URL(base).pathname);
    const policy = headers['content-security-policy'] ?? '';
    const directives = (value: string) => value.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean);
    expect(directives(policy)).toEqual([...directives(meta), "frame-ancestors 'none'"]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  it('lets a tool hydrate and search answer under the header policy', async () => {
    const tracked = await openWithHeaders(rules);
    const { page } = tracked;
    const answer = await page.goto(`${base}tools/weekly-checklist/`);
    expect(answer?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.locator('.weekly-checklist').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Print this week' }).waitFor();
    await page.goto(`${base}search/?q=surprise`);
    await page.locator('[data-search-page] a.search-hit').first().waitFor();
    await tracked.close();
    // A script the policy blocked would show up here as a console error.
    expect(tracked.problems).toEqual([]);
  });

  it('cannot be shown inside another page', async () => {
    const tracked = await openWithHeaders(rules);
    const { page } = tracked;
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('frame-ancestors')) refusals.push(message.text());
    });
    await page.goto(`${base}404.html`);
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, `${base}sources/`);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    const framed = page.frames().find((frame) => frame.url().endsWith('/sources/'));
    expect(await framed?.locator('h1').count()).not.toBe(1);
    await tracked.close();
  });
});
