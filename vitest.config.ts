/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects: `unit` (pure modules and stores: `src/tools/<id>/__tests__/*.test.ts` and `tests/unit`, in Node), `islands` (Preact islands, `src/tools/<id>/__tests__/*.test.tsx`, in jsdom) and
 * `e2e` (playwright-core against the built site; run by scripts/test.mjs after the builds).
 * Astro's Vite config is reused so islands compile exactly as they do in the site.
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/__tests__/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/unit-setup.ts'],
          // The first test of a file also pays for transforming the modules it imports; on a busy two-core
          // machine that alone can pass vitest's 5 s default. No test here measures time.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'islands',
          include: ['src/**/__tests__/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/support/islands-setup.ts'],
          // As for `unit`: module transforms on a busy machine, not slow code.
          testTimeout: 30_000,
          hookTimeout: 60_000,
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
