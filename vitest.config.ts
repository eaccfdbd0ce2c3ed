/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects: `unit` (src/lib and src/stores, in Node), `islands` (Preact islands in jsdom) and
 * `e2e` (playwright-core against the built site; run by scripts/test.mjs after the builds).
 * Astro's Vite config is reused so islands compile exactly as they do in the site.
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['tests/unit/setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'islands',
          include: ['tests/islands/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/islands/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium per test file; two cores run two files at once without starving each other.
          maxWorkers: 2,
        },
      },
    ],
  },
});
