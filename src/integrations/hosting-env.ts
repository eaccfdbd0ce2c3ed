/**
 * Reads where the site is hosted from the environment, so one build can serve from a domain root or a
 * sub-folder (`BASE_PATH=/loyalty/`) without code changes.
 */

/** Where `npm start` serves the site when no `SITE_URL` is given. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** Astro's own default output folder. */
export const DEFAULT_OUT_DIR = './dist';

/** Hosting settings derived from environment variables. */
export interface HostingEnv {
  /** Absolute origin (and optional path) used for canonical URLs, Open Graph and the sitemap. */
  site: string;
  /** Path prefix every internal link carries; always starts and ends with `/`. */
  base: string;
  /** Build output folder. */
  outDir: string;
}

/**
 * Normalises a base path to the `/segment/` form Astro expects.
 * @param raw value of `BASE_PATH`, for example `loyalty` or `/loyalty/`
 */
export function normaliseBasePath(raw: string | undefined): string {
  const segments = (raw ?? '').split('/').filter(Boolean);
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/**
 * Builds the hosting settings from `SITE_URL`, `BASE_PATH` and `OUT_DIR`.
 * @param env usually `process.env`
 */
export function readHostingEnv(env: Record<string, string | undefined>): HostingEnv {
  const site = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  // Fail the build early rather than emit broken canonical URLs.
  new URL(site);
  return {
    site,
    base: normaliseBasePath(env.BASE_PATH),
    outDir: env.OUT_DIR?.trim() || DEFAULT_OUT_DIR,
  };
}
