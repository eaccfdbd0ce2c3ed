import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatReviewsCsv, nameReviewsCsvFile, REVIEW_CSV_COLUMNS } from '../csv';
import { buildReviewRow, type ToleranceAnswers } from '../model';

const answers: ToleranceAnswers = {
  contacts: { service: 'below', sales: 'beyond', leadership: 'none', billing: 'acceptable', quality: 'hoped', marketing: 'none' },
  priceSensitivity: 'high',
  contactChange: true,
  newStaff: false,
  recentFailure: true,
  strength: 'weak',
};

function rowNamed(clientName: string) {
  return buildReviewRow({ id: 'r1', clientId: 'c1', reviewedOn: '2026-01-10', answers, strengthFrom: 'loyalty-score' }, clientName, '2026-05-01');
}

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
}

describe('formatReviewsCsv', () => {
  it('writes a heading row and one row per review, every text field quoted', () => {
    const csv = formatReviewsCsv([rowNamed('Acme')]);
    const [heading, first] = csv.split('\r\n');
    expect(heading).toBe(REVIEW_CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(first).toMatch(/^"Acme","2026-01-10","Outside","Yes","2026-04-10","Weak","Loyalty score","Below what they accept","Better than they hoped","No contact","Acceptable","What they hoped for","No contact",/);
    expect(parse(csv)[1]!.slice(-3)).toEqual([
      '4',
      '8',
      'Service fell below what they accept: uses 4 points (2 × weight 2); A recent failure: uses 2 points; High price sensitivity: uses 2 points; A change of contact on your side: uses 1 point; Goodwill from contact better than they hoped (sales): gives back 1 point (1 × weight 1)',
    ]);
  });

  it('keeps commas, quotes and markup in names intact', () => {
    const name = 'Smith, "Jones" & <b>Sons</b>';
    expect(parse(formatReviewsCsv([rowNamed(name)]))[1]![0]).toBe(name);
  });

  it('defuses names a spreadsheet would run as a formula', () => {
    for (const name of ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '＝1+1']) {
      expect(parse(formatReviewsCsv([rowNamed(name)]))[1]![0]).toBe(`'${name}`);
    }
  });

  it('writes numbers bare and unguarded, negative ones included, while formulas and quotes in text are defused', () => {
    const goodwill: ToleranceAnswers = {
      ...answers,
      contacts: { service: 'beyond', sales: 'beyond', leadership: 'beyond', billing: 'beyond', quality: 'beyond', marketing: 'beyond' },
      priceSensitivity: 'low',
      contactChange: false,
      recentFailure: false,
      strength: 'strong',
    };
    const name = '=1+2 "quoted"';
    const row = buildReviewRow({ id: 'r2', clientId: 'c2', reviewedOn: '2026-01-10', answers: goodwill, strengthFrom: 'asked' }, name, '2026-05-01');
    expect(row.verdict.strain).toBeLessThan(0);
    const csv = formatReviewsCsv([row]);
    const line = csv.split('\r\n')[1]!;
    expect(line.startsWith(`"'=1+2 ""quoted""",`)).toBe(true);
    expect(line).toContain(`,${row.verdict.zoneWidth},${row.verdict.strain},"`);
    expect(line).not.toContain(`'${row.verdict.strain}`);
    const cells = parse(csv)[1]!;
    expect(cells[0]).toBe(`'${name}`);
    expect(Number(cells[REVIEW_CSV_COLUMNS.indexOf('Points used')])).toBe(row.verdict.strain);
    expect(cells[REVIEW_CSV_COLUMNS.indexOf('Zone width (points)')]).toBe(String(row.verdict.zoneWidth));
  });

  it('parses back to the same cells for any ordinary name, over all inputs', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }).filter((s) => !/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(s)), (name) => {
        const rows = parse(formatReviewsCsv([rowNamed(name)]));
        expect(rows).toHaveLength(2);
        expect(rows[1]![0]).toBe(name);
        expect(rows[1]).toHaveLength(REVIEW_CSV_COLUMNS.length);
      }),
    );
  });

  it('writes only the heading when nothing has been reviewed', () => {
    expect(parse(formatReviewsCsv([]))).toEqual([[...REVIEW_CSV_COLUMNS]]);
  });
});

describe('nameReviewsCsvFile', () => {
  it('names the file after the day', () => {
    expect(nameReviewsCsvFile('2026-05-01')).toBe('tolerance-review-2026-05-01.csv');
  });
});
