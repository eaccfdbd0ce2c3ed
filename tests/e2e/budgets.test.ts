// The byte budgets of `npm run bench`, as a test: every page of the root build, loaded on a first visit,
// stays within its page kind's gzip budget (scripts/budgets.mjs). Bytes only, never time.
import { describe, expect, it } from 'vitest';
import { BUDGETS, KB, measureBuiltPages } from '../../scripts/budgets.mjs';
import { getBrowser, siteUrl } from './support/browser';

/** Sixty-odd pages in sequence, each waiting for the network to go quiet. */
const MEASURE_TIMEOUT_MS = 300_000;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

describe('byte budgets', () => {
  it(
    'keep every built page within its budget on a first visit',
    async () => {
      const rows = await measureBuiltPages(await getBrowser(), siteUrl('root'), 'dist');
      // Every kind of page is measured, and each transferred its HTML: a measure of nothing cannot pass.
      expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(Object.keys(BUDGETS)));
      expect(rows.filter((row) => row.html === 0).map((row) => row.path)).toEqual([]);
      const over = rows
        .filter((row) => row.over)
        .map((row) => `${row.path}: ${kb(row.total)} (JS ${kb(row.js)}) over the ${row.kind} budget of ${kb(row.budget.total)} (JS ${kb(row.budget.js)})`);
      expect(over).toEqual([]);
    },
    MEASURE_TIMEOUT_MS,
  );
});
