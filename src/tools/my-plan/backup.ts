/**
 * The backup file of My plan's "Export my data", and the rules that read it back. Pure: the My plan
 * store gathers the tools' data, passes the clock's time in, and applies what these functions return.
 *
 * File shape (format version 1), JSON:
 *   { "format": "loyalty-playbook-backup", "version": 1, "exportedAt": "2026-03-02T09:15:00.000Z",
 *     "data": { "stores": [{ "name": "<store name>", "version": n, "data": … }, …],
 *               "setAside": [{ "key": "loyalty-playbook:set-aside:<name>:<time>", "text": "<as stored>" }, …] } }
 * Each store's entry is the same versioned envelope the tool keeps in localStorage, so an import reads it
 * with the tool's own rules (`readEnvelope` in `saved-data.ts`): older data is migrated, newer or damaged
 * data refused. The file itself is read the same way: `version` and `data` form an envelope of the
 * backup format, so a later format can migrate files written by this one.
 *
 * Reading is all or nothing: one refused part refuses the whole file, so nothing changes.
 *
 * The schemas use only the zod/mini pieces the tools' own schemas already use (object, array, string,
 * enum, custom checks): zod's code is shared by every page that validates, so a new piece here would
 * be downloaded by every tool page too.
 */
import { z } from 'zod/mini';
import type { StoreMergeRules } from '../shared/merge-rules';
import { readEnvelope, SET_ASIDE_PREFIX, wrapEnvelope, type SavedDataSpec, type SavedEnvelope } from '../shared/saved-data';

/** Marks a file as this site's backup, so other JSON files are refused rather than half-read. */
export const BACKUP_FORMAT_ID = 'loyalty-playbook-backup';

/**
 * Largest file read, in characters. Browsers give a site about 5 MB of localStorage (Chrome, Firefox and
 * Safari all allow 5 MiB per origin), so a real backup can never be larger.
 */
export const BACKUP_MAX_CHARS = 5 * 1024 * 1024;

/** One tool's data in a backup: its store name and its versioned envelope. */
export interface BackupStoreEntry extends SavedEnvelope {
  name: string;
}

/** Data a tool set aside as unreadable, as stored. */
export interface BackupSetAsideEntry {
  /** Its storage key, `loyalty-playbook:set-aside:<name>:<time>`. */
  key: string;
  text: string;
}

/** What a backup holds. */
export interface BackupContents {
  /** Every tool's saved envelope, one entry per store. */
  stores: BackupStoreEntry[];
  /** Data the tools could not read and set aside. */
  setAside: BackupSetAsideEntry[];
}

/** A backup file. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT_ID;
  /** Version of the file format (not of the tools' data: each store's envelope carries its own). */
  version: number;
  /** When the file was made, ISO 8601 in UTC. */
  exportedAt: string;
  data: BackupContents;
}

/** An instant as `toISOString` writes it (offsets allowed, for files edited by hand). */
const ISO_INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function isIsoInstant(text: string): boolean {
  return ISO_INSTANT_PATTERN.test(text) && !Number.isNaN(Date.parse(text));
}

const StoreEntrySchema = z.object({
  name: z.string().check(z.minLength(1)),
  version: z.custom<number>((value) => Number.isInteger(value) && value >= 1),
  data: z.custom<unknown>((value) => value !== undefined),
});

const SetAsideEntrySchema = z.object({
  key: z.string().check(z.refine((key) => key.startsWith(SET_ASIDE_PREFIX))),
  text: z.string(),
});

const BackupContentsSchema = z.object({
  stores: z.array(StoreEntrySchema).check(z.refine((stores) => new Set(stores.map((entry) => entry.name)).size === stores.length)),
  setAside: z.optional(z.array(SetAsideEntrySchema)),
});

/** The part of the file every format version keeps. */
const BackupHeaderSchema = z.object({
  format: z.enum([BACKUP_FORMAT_ID]),
  exportedAt: z.string().check(z.refine(isIsoInstant)),
});

/** How the file format is read: the current version, and migrations from older ones. */
export const BACKUP_FORMAT: SavedDataSpec<BackupContents> = {
  name: 'backup',
  version: 1,
  schema: {
    safeParse(input) {
      const parsed = BackupContentsSchema.safeParse(input);
      if (!parsed.success) return parsed;
      return { success: true, data: { stores: parsed.data.stores, setAside: parsed.data.setAside ?? [] } };
    },
  },
  // `migrations[n]` will turn a format-n file's `data` into format n + 1 when the format changes.
  migrations: {},
};

/** A tool's data spec with the name users know it by. */
export interface LabelledSpec extends SavedDataSpec<unknown> {
  label: string;
}

/**
 * Builds the backup file.
 * @param stores each tool's current data, by store name, with its spec (for the envelope version)
 * @param setAside set-aside data by storage key
 * @param exportedAt the time of the export (an ISO 8601 instant)
 */
export function buildBackup(
  stores: readonly { spec: Pick<SavedDataSpec<unknown>, 'name' | 'version'>; data: unknown }[],
  setAside: Readonly<Record<string, string>>,
  exportedAt: string,
): BackupFile {
  return {
    format: BACKUP_FORMAT_ID,
    version: BACKUP_FORMAT.version,
    exportedAt,
    data: {
      stores: stores.map(({ spec, data }) => ({ name: spec.name, ...wrapEnvelope(spec, data) })),
      setAside: Object.entries(setAside).map(([key, text]) => ({ key, text })),
    },
  };
}

/**
 * Names the backup file after the day it was made: `loyalty-playbook-data-2026-03-02.json`.
 * @param today the local date of the export
 */
export function nameBackupFile(today: string): string {
  return `loyalty-playbook-data-${today}.json`;
}

/** A backup read and checked: every store's data valid for this release (older data already migrated). */
export interface ReadBackup {
  exportedAt: string;
  /** The file's format version, before any migration. */
  formatVersion: number;
  /** Valid data by store name. */
  stores: Record<string, unknown>;
  setAside: Record<string, string>;
}

/** Why a file was refused. */
export type BackupProblem = 'too-large' | 'not-json' | 'foreign' | 'newer-format' | 'damaged' | 'unknown-tool' | 'newer-tool-data' | 'damaged-tool-data';

/** The outcome of reading a file. */
export type ReadBackupResult = { ok: true; backup: ReadBackup } | { ok: false; problem: BackupProblem; message: string };

function refuse(problem: BackupProblem, message: string): ReadBackupResult {
  return { ok: false, problem, message };
}

/**
 * Reads a backup file's text and checks all of it: the format, then every tool's data with that tool's
 * own rules. Nothing is accepted unless everything is.
 * @param text the file's text
 * @param specs every tool's data spec, with its label
 * @param format the file format's spec (tests pass an older or newer one)
 */
export function readBackupText(text: string, specs: readonly LabelledSpec[], format: SavedDataSpec<BackupContents> = BACKUP_FORMAT): ReadBackupResult {
  if (text.length > BACKUP_MAX_CHARS) {
    return refuse('too-large', 'This file is far larger than any export of this site, so it was not read.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('not-json', 'This file is not an export of this site: it is not readable JSON, or it was cut short.');
  }
  const marked = typeof parsed === 'object' && parsed !== null && (parsed as { format?: unknown }).format === BACKUP_FORMAT_ID;
  if (!marked) return refuse('foreign', 'This file is not an export of this site. Choose a file made with “Export my data”.');
  // The version comes before anything else: a newer format may lay out the rest differently.
  const contents = readEnvelope(format, parsed);
  if (!contents.ok && contents.reason === 'newer') {
    return refuse('newer-format', 'This file was made by a newer version of this site, which this page cannot read yet. Reload the page and try again.');
  }
  const header = BackupHeaderSchema.safeParse(parsed);
  if (!contents.ok || !header.success) {
    return refuse('damaged', 'This export file is damaged: its date or layout is not as this site writes it.');
  }
  const stores: Record<string, unknown> = {};
  for (const { name, ...envelope } of contents.data.stores) {
    const spec = specs.find((candidate) => candidate.name === name);
    if (!spec) {
      return refuse('unknown-tool', `This file holds data (“${name}”) that this version of the site does not know. It may come from a newer version.`);
    }
    const result = readEnvelope(spec, envelope);
    if (!result.ok) {
      return result.reason === 'newer'
        ? refuse('newer-tool-data', `The ${spec.label} data in this file comes from a newer version of this site.`)
        : refuse('damaged-tool-data', `The ${spec.label} data in this file is damaged or not in the form this site saves.`);
    }
    stores[name] = result.data;
  }
  return {
    ok: true,
    backup: {
      exportedAt: header.data.exportedAt,
      formatVersion: (parsed as { version: number }).version,
      stores,
      setAside: Object.fromEntries(contents.data.setAside.map(({ key, text }) => [key, text])),
    },
  };
}

/** How many records of one kind a store holds, for the import preview. */
export interface RecordCount {
  count: number;
  /** Singular and plural noun, for example `['scorecard', 'scorecards']`. */
  noun: readonly [string, string];
}

/** What the shared client list's records are called (the client list belongs to no tool). */
const CLIENT_NOUN = ['client', 'clients'] as const;

/**
 * Counts what a store holds, for the import preview, by the store's own rule (each tool's `merge.ts`); a
 * store without a rule counts as one set of saved data.
 * @param name the store's name
 * @param data its valid data
 * @param rules every tool's rules, by store name
 * @param clientsStoreName the data name of the shared client list
 */
export function countRecords(name: string, data: unknown, rules: StoreMergeRules, clientsStoreName: string): RecordCount {
  if (name === clientsStoreName) return { count: Array.isArray(data) ? data.length : 0, noun: CLIENT_NOUN };
  const rule = rules[name];
  return rule ? { count: rule.count(data), noun: rule.noun } : { count: 1, noun: ['set of saved data', 'sets of saved data'] };
}

/**
 * Writes a count for people: "1 client", "3 weeks", "nothing".
 * @param count the count
 */
export function describeCount({ count, noun }: RecordCount): string {
  if (count === 0) return 'nothing';
  return `${count} ${count === 1 ? noun[0] : noun[1]}`;
}

/** One row of the import preview. */
export interface ImportPreviewRow {
  name: string;
  label: string;
  /** What the file holds, for example "4 scorecards", or "nothing". */
  inFile: string;
  /** What this browser holds now. */
  inBrowser: string;
}

/**
 * Lists, per tool, what the file brings in and what this browser holds now; tools absent from both are
 * left out.
 * @param backup the file, read and checked
 * @param current this browser's data by store name (only stores that hold saved data) and how much it set aside
 * @param specs every tool's spec, in the order to list them
 * @param rules every tool's rules, by store name (how each store's records are counted)
 * @param clientsStoreName the data name of the shared client list
 */
export function previewImport(
  backup: ReadBackup,
  current: { stores: Readonly<Record<string, unknown>>; setAsideCount: number },
  specs: readonly Pick<LabelledSpec, 'name' | 'label'>[],
  rules: StoreMergeRules,
  clientsStoreName: string,
): ImportPreviewRow[] {
  const rows: ImportPreviewRow[] = [];
  for (const { name, label } of specs) {
    const inFile = name in backup.stores;
    const inBrowser = name in current.stores;
    if (!inFile && !inBrowser) continue;
    rows.push({
      name,
      label: label.charAt(0).toUpperCase() + label.slice(1),
      inFile: inFile ? describeCount(countRecords(name, backup.stores[name], rules, clientsStoreName)) : 'nothing',
      inBrowser: inBrowser ? describeCount(countRecords(name, current.stores[name], rules, clientsStoreName)) : 'nothing',
    });
  }
  const setAsideNoun = ['item', 'items'] as const;
  const setAsideInFile = Object.keys(backup.setAside).length;
  if (setAsideInFile > 0 || current.setAsideCount > 0) {
    rows.push({
      name: 'set-aside',
      label: 'Data set aside as unreadable',
      inFile: describeCount({ count: setAsideInFile, noun: setAsideNoun }),
      inBrowser: describeCount({ count: current.setAsideCount, noun: setAsideNoun }),
    });
  }
  return rows;
}
