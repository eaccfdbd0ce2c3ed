// Builds the two sites the browser tests use: the site at the domain root (dist/) and the same site
// under BASE_PATH=/loyalty/ (dist-base/), which proves links and search work from a sub-folder.
import { spawnSync } from 'node:child_process';

/** The builds the tests and the benchmark need. */
export const BUILDS = [
  { name: 'root', outDir: 'dist', base: '/' },
  { name: 'base-path', outDir: 'dist-base', base: '/loyalty/' },
];

/**
 * Runs `astro build` for one build.
 * @param {{ outDir: string, base: string }} build
 * @returns {number} exit status
 */
export function buildSite(build) {
  const env = { ...process.env, OUT_DIR: `./${build.outDir}`, BASE_PATH: build.base, ASTRO_TELEMETRY_DISABLED: '1' };
  const result = spawnSync('astro', ['build'], { stdio: 'inherit', env, shell: false });
  return result.status ?? 1;
}
