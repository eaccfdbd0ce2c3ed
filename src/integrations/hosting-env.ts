/**
 * Reads where the site is hosted from the environment, so one build can serve from a domain root or a
 * sub-folder (`BASE_PATH=/loyalty/`) without code changes.
 */
import type { AstroIntegration } from 'astro';

/** Astro's own default output folder. */
export const DEFAULT_OUT_DIR = './dist';

/** What the build says once when it has no `SITE_URL`, so nobody ships a site without canonical URLs unawares. */
export const NO_SITE_URL_NOTICE =
  'SITE_URL is not set: pages carry no canonical link or og:url, robots.txt names no sitemap and no sitemap is written. ' +
  'Set SITE_URL=https://your-domain to include them.';

/** Hosting settings derived from environment variables. */
export interface HostingEnv {
  /**
   * Absolute origin (and optional path) used for canonical URLs, Open Graph and the sitemap; undefined
   * when `SITE_URL` is not set, because any guess (such as the local preview server) would publish
   * wrong absolute URLs.
   */
  site: string | undefined;
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
  const site = env.SITE_URL?.trim() || undefined;
  // Fail the build early rather than emit broken canonical URLs.
  if (site !== undefined) new URL(site);
  return {
    site,
    base: normaliseBasePath(env.BASE_PATH),
    outDir: env.OUT_DIR?.trim() || DEFAULT_OUT_DIR,
  };
}

/**
 * Says once per build, in the build output, what a build without `SITE_URL` leaves out.
 * @param hosting the settings `readHostingEnv` returned
 */
export function reportHostingEnv(hosting: HostingEnv): AstroIntegration {
  return {
    name: 'loyalty-playbook:hosting-env',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (hosting.site === undefined) logger.warn(NO_SITE_URL_NOTICE);
      },
    },
  };
}
