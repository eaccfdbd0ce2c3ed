import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS_STORE_NAME, loadAllMergeRules } from '../../registry';
import type { StoreMergeRules } from '../../shared/merge-rules';
import { z } from 'zod/mini';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_ID,
  BACKUP_MAX_CHARS,
  buildBackup,
  countRecords,
  describeCount,
  nameBackupFile,
  previewImport,
  readBackupText,
  type BackupContents,
  type LabelledSpec,
} from '../backup';
import type { SavedDataSpec } from '../../shared/saved-data';

const EXPORTED_AT = '2026-03-02T09:15:00.000Z';

/** Two tool specs: a client list (version 1) and a counter that migrated from `{ n: "4" }` at version 1. */
const SPECS: LabelledSpec[] = [
  { name: 'clients', label: 'client list', version: 1, schema: z.array(z.object({ id: z.string(), name: z.string() })) },
  {
    name: 'counter',
    label: 'counter tool',
    version: 2,
    schema: z.object({ count: z.number() }),
    migrations: { 1: (old) => ({ count: Number((old as { n: string }).n) }) },
  },
];

function fileText(overrides: Record<string, unknown> = {}, stores: Record<string, unknown>[] = []): string {
  return JSON.stringify({
    format: BACKUP_FORMAT_ID,
    version: 1,
    exportedAt: EXPORTED_AT,
    data: { stores: [{ name: 'clients', version: 1, data: [{ id: 'a', name: 'Acme' }] }, ...stores], setAside: [] },
    ...overrides,
  });
}

describe('buildBackup', () => {
  it('writes the format, its version, the export date and every store in its versioned envelope', () => {
    const backup = buildBackup(
      [
        { spec: SPECS[0]!, data: [{ id: 'a', name: 'Acme' }] },
        { spec: SPECS[1]!, data: { count: 3 } },
      ],
      { 'loyalty-playbook:set-aside:counter:2026-01-01T00:00:00.000Z': '{oops' },
      EXPORTED_AT,
    );
    expect(backup).toEqual({
      format: BACKUP_FORMAT_ID,
      version: BACKUP_FORMAT.version,
      exportedAt: EXPORTED_AT,
      data: {
        stores: [
          { name: 'clients', version: 1, data: [{ id: 'a', name: 'Acme' }] },
          { name: 'counter', version: 2, data: { count: 3 } },
        ],
        setAside: [{ key: 'loyalty-playbook:set-aside:counter:2026-01-01T00:00:00.000Z', text: '{oops' }],
      },
    });
  });

  it('names the file after the day of the export', () => {
    expect(nameBackupFile('2026-03-02')).toBe('loyalty-playbook-data-2026-03-02.json');
  });
});

describe('readBackupText', () => {
  it('reads back a file it wrote', () => {
    const built = buildBackup([{ spec: SPECS[1]!, data: { count: 7 } }], {}, EXPORTED_AT);
    const result = readBackupText(JSON.stringify(built), SPECS);
    expect(result).toEqual({
      ok: true,
      backup: { exportedAt: EXPORTED_AT, formatVersion: 1, stores: { counter: { count: 7 } }, setAside: {} },
    });
  });

  it('migrates a tool’s older data by the tool’s own rules', () => {
    const result = readBackupText(fileText({}, [{ name: 'counter', version: 1, data: { n: '4' } }]), SPECS);
    expect(result.ok && result.backup.stores.counter).toEqual({ count: 4 });
  });

  it('migrates a file written in an older format', () => {
    // A later release whose format 2 renamed `stores` to `tools`: its migration reads format-1 files.
    const format2: SavedDataSpec<BackupContents> = {
      ...BACKUP_FORMAT,
      version: 2,
      schema: {
        safeParse: (input) => {
          const tools = (input as { tools?: BackupContents['stores'] }).tools;
          return tools ? { success: true, data: { stores: tools, setAside: [] } } : { success: false, error: new Error('no tools') };
        },
      },
      migrations: { 1: (data) => ({ tools: (data as BackupContents).stores }) },
    };
    const result = readBackupText(fileText(), SPECS, format2);
    expect(result).toMatchObject({ ok: true, backup: { formatVersion: 1, stores: { clients: [{ id: 'a', name: 'Acme' }] } } });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(readBackupText(`\uFEFF${fileText()}`, SPECS).ok).toBe(true);
  });

  it.each([
    ['not JSON at all', 'hello', 'not-json', /not readable JSON/],
    ['cut short', fileText().slice(0, 40), 'not-json', /cut short/],
    ['another site’s JSON', JSON.stringify({ version: 1, data: {} }), 'foreign', /not an export of this site/],
    ['a JSON list', '[]', 'foreign', /not an export of this site/],
    ['a newer format', fileText({ version: 2 }), 'newer-format', /newer version/],
    ['a format version that is not a number', fileText({ version: 'one' }), 'damaged', /damaged/],
    ['no export date', fileText({ exportedAt: undefined }), 'damaged', /damaged/],
    ['an export date that is not a date', fileText({ exportedAt: 'yesterday' }), 'damaged', /damaged/],
    ['stores that are not a list', fileText({ data: { stores: {} } }), 'damaged', /damaged/],
    ['the same tool twice', fileText({}, [{ name: 'clients', version: 1, data: [] }]), 'damaged', /damaged/],
    ['set-aside data under a foreign key', fileText({ data: { stores: [], setAside: [{ key: 'loyalty-playbook:theme', text: 'dark' }] } }), 'damaged', /damaged/],
    ['a tool this release does not know', fileText({}, [{ name: 'future', version: 1, data: {} }]), 'unknown-tool', /“future”/],
    ['newer data of a tool', fileText({}, [{ name: 'counter', version: 3, data: {} }]), 'newer-tool-data', /counter tool data .* newer version/],
    ['damaged data of a tool', fileText({}, [{ name: 'clients-x', version: 1 }]), 'damaged', /damaged/],
    ['a tool’s data in the wrong form', fileText({ data: { stores: [{ name: 'clients', version: 1, data: [{ id: 7 }] }] } }), 'damaged-tool-data', /client list data .* damaged/],
    ['a tool version that is not a whole number', fileText({}, [{ name: 'counter', version: 1.5, data: {} }]), 'damaged', /damaged/],
  ])('refuses %s, naming the problem', (_, text, problem, message) => {
    const result = readBackupText(text, SPECS);
    expect(result).toMatchObject({ ok: false, problem });
    expect(!result.ok && result.message).toMatch(message);
  });

  it('refuses a file larger than any browser’s storage without parsing it', () => {
    const result = readBackupText(' '.repeat(BACKUP_MAX_CHARS + 1), SPECS);
    expect(result).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('over all JSON values: anything that is not an export is refused with a message, never thrown', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = readBackupText(JSON.stringify(value), SPECS);
        expect(result.ok).toBe(false);
        expect(!result.ok && result.message.length).toBeGreaterThan(10);
      }),
    );
  });

  it('over all client lists: an export reads back exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), name: fc.string() })), (clients) => {
        const text = JSON.stringify(buildBackup([{ spec: SPECS[0]!, data: clients }], {}, EXPORTED_AT));
        const result = readBackupText(text, SPECS);
        expect(result.ok && result.backup.stores.clients).toEqual(clients);
      }),
    );
  });
});

describe('import preview', () => {
  let rules: StoreMergeRules;
  // The first import transforms every tool's merge module; on a busy machine that can outlast a hook's limit.
  beforeAll(async () => {
    rules = await loadAllMergeRules();
  }, 60_000);
  const count = (name: string, data: unknown) => describeCount(countRecords(name, data, rules, CLIENTS_STORE_NAME));

  it('counts each tool’s records by their own name', () => {
    expect(count('clients', [{}, {}])).toBe('2 clients');
    expect(count('loyalty-scorecards', [{}])).toBe('1 scorecard');
    expect(count('weekly-checklist', { weeks: { '2026-W01': {}, '2026-W02': {} } })).toBe('2 weeks');
    expect(count('ladder-quiz', { answers: {}, history: [{}] })).toBe('1 quiz result');
    expect(count('touchpoint-planner', { plans: [] })).toBe('nothing');
    expect(count('tolerance-review', [{}, {}, {}])).toBe('3 reviews');
    expect(count('something-new', { any: 1 })).toBe('1 set of saved data');
  });

  it('shows, per tool, what the file holds next to what this browser holds, leaving out tools in neither', () => {
    const result = readBackupText(
      fileText({ data: { stores: [{ name: 'clients', version: 1, data: [{ id: 'a', name: 'Acme' }] }], setAside: [{ key: 'loyalty-playbook:set-aside:x:1', text: '?' }] } }),
      SPECS,
    );
    if (!result.ok) throw new Error(result.message);
    const rows = previewImport(result.backup, { stores: { counter: { count: 1 } }, setAsideCount: 0 }, [...SPECS, { name: 'unused', label: 'unused tool' }], rules, CLIENTS_STORE_NAME);
    expect(rows).toEqual([
      { name: 'clients', label: 'Client list', inFile: '1 client', inBrowser: 'nothing' },
      { name: 'counter', label: 'Counter tool', inFile: 'nothing', inBrowser: '1 set of saved data' },
      { name: 'set-aside', label: 'Data set aside as unreadable', inFile: '1 item', inBrowser: 'nothing' },
    ]);
  });
});
