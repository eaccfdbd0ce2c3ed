import { describe, expect, it, vi } from 'vitest';
import { NO_SITE_URL_NOTICE, normaliseBasePath, readHostingEnv, reportHostingEnv } from '../../../src/integrations/hosting-env';

describe('normaliseBasePath', () => {
  it('turns any spelling of a folder into /folder/', () => {
    expect(normaliseBasePath('loyalty')).toBe('/loyalty/');
    expect(normaliseBasePath('/loyalty')).toBe('/loyalty/');
    expect(normaliseBasePath('//a//b/')).toBe('/a/b/');
  });

  it('treats an empty or missing value as the domain root', () => {
    expect(normaliseBasePath(undefined)).toBe('/');
    expect(normaliseBasePath('/')).toBe('/');
  });
});

describe('readHostingEnv', () => {
  it('leaves the site address unset without SITE_URL, rather than guessing a local one', () => {
    expect(readHostingEnv({})).toEqual({ site: undefined, base: '/', outDir: './dist' });
    expect(readHostingEnv({ SITE_URL: '  ' }).site).toBeUndefined();
  });

  it('reads SITE_URL, BASE_PATH and OUT_DIR', () => {
    expect(readHostingEnv({ SITE_URL: 'https://example.org', BASE_PATH: 'loyalty', OUT_DIR: './out' })).toEqual({
      site: 'https://example.org',
      base: '/loyalty/',
      outDir: './out',
    });
  });

  it('refuses a SITE_URL that is not a URL', () => {
    expect(() => readHostingEnv({ SITE_URL: 'not a url' })).toThrow();
  });
});

describe('reportHostingEnv', () => {
  /** Runs the integration's build-start hook with a logger that records warnings. */
  async function runBuildStart(env: Record<string, string | undefined>): Promise<string[]> {
    const warnings: string[] = [];
    const logger = { warn: vi.fn((message: string) => warnings.push(message)), info: vi.fn(), error: vi.fn(), debug: vi.fn() };
    const hook = reportHostingEnv(readHostingEnv(env)).hooks['astro:build:start'];
    // The hook only reads `logger`; the rest of Astro's hook context does not matter here.
    await hook?.({ logger } as unknown as Parameters<NonNullable<typeof hook>>[0]);
    return warnings;
  }

  it('says once that a build without SITE_URL leaves out absolute URLs', async () => {
    expect(await runBuildStart({})).toEqual([NO_SITE_URL_NOTICE]);
  });

  it('stays quiet when SITE_URL is set', async () => {
    expect(await runBuildStart({ SITE_URL: 'https://example.org' })).toEqual([]);
  });
});
