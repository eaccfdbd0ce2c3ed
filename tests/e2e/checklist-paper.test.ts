/**
 * The printed weekly checklist fills its page (issue #18, "Must show"): on A4 and on US Letter the sheet runs
 * from the top of the printable area to at least 85% of its height, with room to write by hand, and stays on
 * one page. Measured in the PDF itself: poppler's `pdfinfo` counts pages and gives the paper, `pdftotext
 * -bbox` gives where the first and last words sit.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTrackedPage, siteUrl } from './support/browser';

/** The sheet's page margins (weekly-checklist.css, `@page weekly-a4` and `weekly-letter`), in points. */
const MARGIN_POINTS = (10 / 25.4) * 72;
/** The bar: the sheet covers at least this share of the printable height. */
const MIN_HEIGHT_FILLED = 0.85;
/** Paper names as pdfinfo reports them. */
const PAPER_NAMES = { a4: '(A4)', letter: '(letter)' } as const;

const workDir = mkdtempSync(join(tmpdir(), 'checklist-paper-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Pages, paper and the vertical extent of the text of a PDF's first page, in points from the top. */
function readPdf(pdf: Buffer, name: string): { pages: number; paper: string; pageHeight: number; top: number; bottom: number } {
  const file = join(workDir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(info.match(/^Pages:\s+(\d+)$/m)?.[1]);
  const paper = info.match(/^Page size:\s+(.*)$/m)?.[1] ?? '';
  const pageHeight = Number(info.match(/^Page size:\s+[\d.]+ x ([\d.]+) pts/m)?.[1]);
  const boxes = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  const words = [...boxes.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)];
  if (!Number.isInteger(pages) || !pageHeight || words.length === 0) throw new Error(`poppler could not read ${name}:\n${info}`);
  return {
    pages,
    paper,
    pageHeight,
    top: Math.min(...words.map((word) => Number(word[1]))),
    bottom: Math.max(...words.map((word) => Number(word[2]))),
  };
}

describe('the printed weekly checklist', () => {
  for (const paper of ['a4', 'letter'] as const) {
    it(`fills at least 85% of the printable height of one ${paper === 'a4' ? 'A4' : 'US Letter'} page`, async () => {
      const tracked = await openTrackedPage();
      const { page } = tracked;
      await page.goto(siteUrl() + 'tools/weekly-checklist/', { waitUntil: 'networkidle' });
      await page.locator('.weekly-checklist').scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: 'Print this week' }).waitFor();
      await page.getByRole('radio', { name: paper === 'a4' ? 'A4' : 'US Letter' }).check();
      await expect.poll(() => page.locator('.weekly-sheet').getAttribute('data-paper')).toBe(paper);
      const report = readPdf(await page.pdf({ preferCSSPageSize: true }), `checklist-${paper}`);
      expect(report.pages).toBe(1);
      expect(report.paper).toContain(PAPER_NAMES[paper]);
      const printable = report.pageHeight - 2 * MARGIN_POINTS;
      // The sheet starts at the top of the printable area and its last line (the tally) sits near the foot.
      expect(report.top - MARGIN_POINTS).toBeLessThan(0.05 * printable);
      expect((report.bottom - MARGIN_POINTS) / printable).toBeGreaterThanOrEqual(MIN_HEIGHT_FILLED);
      expect(report.bottom).toBeLessThanOrEqual(report.pageHeight - MARGIN_POINTS);
      await tracked.close();
      expect(tracked.problems).toEqual([]);
    });
  }
});
