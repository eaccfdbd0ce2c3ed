/**
 * Reading a printed page back as a reader's print preview would show it: poppler's `pdfinfo` counts the
 * pages and names the paper, `pdftotext` gives the text (whitespace folded to single spaces).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** What poppler reports for a PDF: its page count, the size of its first page and its text. */
export interface PdfReport {
  pages: number;
  pageSize: string;
  text: string;
}

/** Paper names as pdfinfo reports them. */
export const PAPER_NAMES = { A4: '(A4)', Letter: '(letter)' } as const;

const workDir = mkdtempSync(join(tmpdir(), 'e2e-pdf-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/**
 * Writes the PDF to a scratch folder (removed after the test file) and reads it back with poppler.
 * @param pdf what `page.pdf()` returned
 * @param name a file name for it, unique within the test file
 */
export function readPdf(pdf: Buffer, name: string): PdfReport {
  const file = join(workDir, `${name.replace(/[^\w-]+/g, '-')}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(info.match(/^Pages:\s+(\d+)$/m)?.[1]);
  if (!Number.isInteger(pages)) throw new Error(`pdfinfo gave no page count for ${name}:\n${info}`);
  const pageSize = info.match(/^Page size:\s+(.*)$/m)?.[1] ?? '';
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { pages, pageSize, text };
}
