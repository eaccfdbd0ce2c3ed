import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, normaliseBasePath, readHostingEnv } from '../../../src/integrations/hosting-env';

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
  it('defaults to the local preview server', () => {
    expect(readHostingEnv({})).toEqual({ site: DEFAULT_SITE_URL, base: '/', outDir: './dist' });
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
