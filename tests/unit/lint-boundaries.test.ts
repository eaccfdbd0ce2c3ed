// The import boundaries of eslint.config.js, checked on made-up files: each rule must report what it
// forbids and let through what the layout allows. Type-aware rules are off here (the files do not exist,
// and the boundaries are syntax rules), which also keeps the test fast.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import tseslint from 'typescript-eslint';

const eslint = new ESLint({
  cwd: fileURLToPath(new URL('../..', import.meta.url)),
  overrideConfig: [{ ...tseslint.configs.disableTypeChecked, files: ['**/*.{ts,tsx}'] }],
});

/** The rules that report on `code` as if it were the file at `filePath`; fails on a parse error. */
async function lintRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  const fatal = result.messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${filePath}: ${fatal.message}`);
  return result.messages.map((message) => message.ruleId ?? 'unknown');
}

/** A module that uses what it imports, so only boundary rules can report. */
const importing = (source: string) => `import * as other from '${source}';\nexport const used = other;\n`;

describe('pure modules', () => {
  it.each([
    ['nanostores'],
    ['@nanostores/persistent'],
    ['preact'],
    ['preact/hooks'],
    ['./store'],
    ['./draft-store'],
    ['../shared/saved-store'],
    ['../shared/clients'],
    ['../shared/today'],
    ['../shared/use-hydrated'],
    ['./ScoreResult'],
    ['./Widget.tsx'],
  ])('may not import %s', async (source) => {
    expect(await lintRules('src/tools/loyalty-score/model.ts', importing(source))).toContain('no-restricted-imports');
  });

  it('may import other pure modules and libraries', async () => {
    for (const source of ['./schema', '../shared/calendar-date', '../shared/saved-data', 'date-fns', 'zod/mini']) {
      expect(await lintRules('src/tools/touchpoint-planner/ics.ts', importing(source))).toEqual([]);
    }
  });

  it('applies to every listed pure module, the shared ones and src/lib', async () => {
    for (const filePath of ['src/tools/tolerance-review/csv.ts', 'src/tools/my-plan/merge.ts', 'src/tools/shared/calendar-date.ts', 'src/lib/url.ts', 'src/lib/deeper/any.ts']) {
      expect(await lintRules(filePath, importing('nanostores'))).toContain('no-restricted-imports');
    }
  });

  it('may not touch the DOM or storage', async () => {
    const code = 'export const read = () => localStorage.getItem("x") ?? window.name ?? document.title;\n';
    expect(await lintRules('src/tools/weekly-checklist/model.ts', code)).toEqual(['no-restricted-globals', 'no-restricted-globals', 'no-restricted-globals']);
  });

  it('may not read the clock, but may build a given date', async () => {
    expect(await lintRules('src/lib/site.ts', 'export const now = () => Date.now();\n')).toEqual(['no-restricted-syntax']);
    expect(await lintRules('src/lib/site.ts', 'export const now = () => new Date();\n')).toEqual(['no-restricted-syntax']);
    expect(await lintRules('src/lib/site.ts', 'export const day = () => new Date(2026, 0, 1);\n')).toEqual([]);
  });

  it('sees dynamic imports too', async () => {
    expect(await lintRules('src/tools/ladder-quiz/chart.ts', 'export const load = () => import("./store");\n')).toEqual(['no-restricted-syntax']);
  });

  it('leaves stores and islands free to import state and UI', async () => {
    expect(await lintRules('src/tools/loyalty-score/store.ts', importing('nanostores'))).toEqual([]);
    expect(await lintRules('src/tools/loyalty-score/ScoreResult.tsx', importing('./store'))).toEqual([]);
  });
});

describe('tools', () => {
  it('may not import another tool’s modules, from the folder or its tests', async () => {
    expect(await lintRules('src/tools/tolerance-review/store.ts', importing('../loyalty-score/store'))).toEqual(['no-restricted-imports']);
    expect(await lintRules('src/tools/tolerance-review/__tests__/store.test.ts', importing('../../loyalty-score/model'))).toEqual(['no-restricted-imports']);
    expect(await lintRules('src/tools/tolerance-review/store.ts', 'export const load = () => import("../loyalty-score/store");\n')).toEqual(['no-restricted-syntax']);
  });

  it('may import another tool’s public module, the registry, shared code and their own modules', async () => {
    for (const source of ['../loyalty-score/public', '../registry', '../shared/clients', './model', '../model']) {
      expect(await lintRules('src/tools/tolerance-review/store.ts', importing(source))).toEqual([]);
    }
    expect(await lintRules('src/tools/tolerance-review/__tests__/store.test.ts', importing('../../tolerance-review/store'))).toEqual([]);
  });

  it('hold My plan to the same rule: another tool’s store is refused, its public module and the registry are not', async () => {
    expect(await lintRules('src/tools/my-plan/store.ts', importing('../loyalty-score/store'))).toEqual(['no-restricted-imports']);
    expect(await lintRules('src/tools/my-plan/store.ts', importing('../loyalty-score/public'))).toEqual([]);
    expect(await lintRules('src/tools/my-plan/store.ts', importing('../registry'))).toEqual([]);
  });
});

describe('shared code', () => {
  it('imports no specific tool, not even its public module', async () => {
    expect(await lintRules('src/tools/shared/saved-store.ts', importing('../loyalty-score/public'))).toEqual(['no-restricted-imports']);
    expect(await lintRules('src/tools/shared/__tests__/clients.test.ts', importing('../../weekly-checklist/store'))).toEqual(['no-restricted-imports']);
    expect(await lintRules('src/tools/shared/saved-store.ts', importing('./saved-data'))).toEqual([]);
  });
});
