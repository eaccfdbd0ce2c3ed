/**
 * The routine on one page prints as one desk sheet (issue #17, "Must show"): exactly one page on A4 and
 * one on US Letter, with and without JavaScript. Pages are counted by poppler's `pdfinfo`, and
 * `pdftotext` proves the whole routine is on that page rather than cut off.
 */
import { describe, expect, it } from 'vitest';
import { openTrackedPage, siteUrl } from './support/browser';
import { PAPER_NAMES, readPdf } from './support/pdf';

/** Prints a page of the built site to PDF on the given paper. */
async function printPage(path: string, format: 'A4' | 'Letter', javaScriptEnabled: boolean): Promise<{ pdf: Buffer; problems: string[] }> {
  const tracked = await openTrackedPage({ javaScriptEnabled });
  await tracked.page.goto(siteUrl() + path, { waitUntil: 'networkidle' });
  const pdf = await tracked.page.pdf({ format });
  await tracked.close();
  return { pdf, problems: tracked.problems };
}

describe('printing the routine', () => {
  for (const javaScriptEnabled of [true, false]) {
    for (const format of ['A4', 'Letter'] as const) {
      it(`fits on exactly one ${format} page ${javaScriptEnabled ? 'with' : 'without'} JavaScript, first line to last`, async () => {
        const { pdf, problems } = await printPage('playbook/routine/', format, javaScriptEnabled);
        const report = readPdf(pdf, `routine-${format}-${javaScriptEnabled ? 'js' : 'nojs'}`);
        expect(report.pages).toBe(1);
        expect(report.pageSize).toContain(PAPER_NAMES[format]);
        for (const words of ['The routine on one page', 'Every day', 'Check your promise log', 'Every quarter', 'a note in your own hand']) {
          expect(report.text, words).toContain(words);
        }
        // Site chrome and the on-screen table of contents stay off the sheet.
        for (const chrome of ['Skip to content', 'On this page', 'Private by design']) expect(report.text).not.toContain(chrome);
        expect(problems).toEqual([]);
      });
    }
  }

  it('is counted the same way that finds several pages in a long guidance page', async () => {
    const { pdf } = await printPage('playbook/what-to-say/', 'A4', true);
    expect(readPdf(pdf, 'what-to-say').pages).toBeGreaterThan(1);
  });
});
