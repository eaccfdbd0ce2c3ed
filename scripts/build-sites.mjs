// Builds the two sites the browser tests use: the site at the domain root (dist/) and the same site
// under BASE_PATH=/loyalty/ (dist-base/), which proves links and search work from a sub-folder.
// Only the root build gets a SITE_URL, so the tests see both kinds of build: one with canonical URLs,
// Open Graph URLs and a sitemap, and one that leaves every absolute URL out.
import { spawnSync } from 'node:child_process';

/** Where the tests' root build claims to be published; `.example` is reserved, so it never resolves. */
export const TEST_SITE_URL = 'https://loyalty-playbook.example';

/** The builds the tests and the benchmark need. */
export const BUILDS = [
  { name: 'root', outDir: 'dist', base: '/', siteUrl: TEST_SITE_URL },
  { name: 'base-path', outDir: 'dist-base', base: '/loyalty/', siteUrl: undefined },
];

/**
 * Runs `astro build` for one build.
 * @param {{ outDir: string, base: string, siteUrl?: string }} build
 * @returns {number} exit status
 */
export function buildSite(build) {
  const env = { ...process.env, OUT_DIR: `./${build.outDir}`, BASE_PATH: build.base, ASTRO_TELEMETRY_DISABLED: '1' };
  if (build.siteUrl) env.SITE_URL = build.siteUrl;
  else delete env.SITE_URL;
  const result = spawnSync('astro', ['build'], { stdio: 'inherit', env, shell: false });
  return result.status ?? 1;
}
