/**
 * My plan's state and actions: one picture across the tools, and export, import and delete of everything
 * they saved.
 *
 * Data shape (nothing here is saved; it is read from the tools' own saved stores):
 * - {@link $planStatus}: `'idle'` on the server and until {@link startPlan}, `'loading'` while the used
 *   tools' code and data are read, then `'ready'` (a loading state, not a hydration flag: islands learn
 *   that they have hydrated from `useHydrated`).
 * - {@link $toolSummaries}: each used tool's summary (`PlanInputs` in `src/tools/my-plan/model.ts`), kept in step
 *   with the tool's store; a tool never used has none. {@link $planClients}: the shared client list.
 * - {@link $pendingImport}: a file read and checked, waiting for Replace or Merge.
 * - {@link $lastChange}: the last import or delete, with a snapshot of everything before it, for Undo;
 *   held in memory only, so Undo lasts until the page is left.
 *
 * Lifecycle:
 * 1. {@link startPlan} (once, in the browser) loads, through the tool registry (`../registry.ts`), the
 *    code of each tool that has saved data, and watches storage so a tool first used in another tab joins
 *    in. A first visit downloads none of it, and every tool is shown as an invitation.
 * 2. Export, import and delete first load every tool ({@link loadAllTools}), so that every store the
 *    registry names is in the saved-store registry, and then work through it: imported data is read by
 *    exactly the rules the tools use (`readEnvelope`). A delete also reaches the "loose" keys no loaded
 *    store owns: what the tools set aside.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import type { ImportPreviewRow, LabelledSpec, ReadBackup } from './backup';
import { rankNextActions, type PlanAction, type PlanInputs, type PlanToolId, type ToolSummaries } from './model';
import { CLIENTS_STORE_NAME, FORM_STORE_NAMES, loadAllMergeRules, SAVED_STORE_NAMES, TOOLS, type RegisteredTool } from '../registry';
import { createLazyLoader, followSavedData, hasSavedData } from '../shared/lazy-load';
import { SET_ASIDE_PREFIX, toStorageKey } from '../shared/saved-data';
import type { Client } from '../shared/clients';
import {
  $savedDataNotices,
  isHeldOnlyInMemory,
  listSavedStores,
  loadSavedStoreSchemas,
  removeSavedText,
  watchWrites,
  type SavedDataNotice,
  type SavedStoreEntry,
} from '../shared/saved-store';
import { $today } from '../shared/today';

/* ---------- Storage outside the tools' stores: what was set aside, and whether a tool was used ---------- */
/**
 * Lists the tool data in storage that no loaded store owns: what the tools set aside as unreadable, and the
 * data of a registered store whose code is not loaded. Other keys under the site's prefix, such as the
 * theme choice, are the reader's settings and are left alone.
 */
function listLooseKeys(): string[] {
  const owned = new Set(listSavedStores().map((entry) => entry.spec.name));
  const unloaded = new Set(PLAN_STORE_NAMES.filter((name) => !owned.has(name)).map(toStorageKey));
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key && (key.startsWith(SET_ASIDE_PREFIX) || unloaded.has(key))) keys.push(key);
    }
  } catch {
    // Storage switched off: nothing can have been saved.
  }
  return keys.sort();
}

/** The text under every loose key (see {@link listLooseKeys}), by key. */
function readLooseData(): Record<string, string> {
  const data: Record<string, string> = {};
  for (const key of listLooseKeys()) {
    const text = localStorage.getItem(key);
    if (text !== null) data[key] = text;
  }
  return data;
}

/** Only what was set aside, from {@link readLooseData}: the part a backup carries. */
function pickSetAside(loose: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(loose).filter(([key]) => key.startsWith(SET_ASIDE_PREFIX)));
}

/**
 * Stores loose data (from a backup, or put back by Undo).
 * @param data text by storage key
 * @returns false when storage refused (full or switched off)
 */
function writeLooseData(data: Readonly<Record<string, string>>): boolean {
  try {
    for (const [key, text] of Object.entries(data)) localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** Removes every loose key, and the notices that pointed at set-aside data. */
function removeLooseData(): void {
  for (const key of listLooseKeys()) localStorage.removeItem(key);
  $savedDataNotices.set([]);
}

/**
 * Empties a tool's store and removes its key, so the tool reads as never used. The store stays watched
 * by My plan for the page's life, so @nanostores/persistent never remounts it and writes the key back.
 */
function clearStore(entry: SavedStoreEntry): void {
  entry.store.set(entry.spec.initial);
  removeSavedText(toStorageKey(entry.spec.name));
}

/** Where My plan stands. */
export type PlanStatus = 'idle' | 'loading' | 'ready';

/** Whether the tools' data has been read. */
export const $planStatus = atom<PlanStatus>('idle');

/** The used tools' summaries, by tool id; absent for tools never used. */
export const $toolSummaries = atom<Partial<ToolSummaries>>({});

/** The shared client list (empty until a tool has named a client). */
export const $planClients = atom<readonly Client[]>([]);

/** Tools whose code could not be loaded (offline), so the page can say so rather than invite. */
export const $unavailableTools = atom<readonly PlanToolId[]>([]);

/** Everything the ranking needs. */
export const $planInputs: ReadableAtom<PlanInputs> = computed([$toolSummaries, $today], (summaries, today) => ({ today, ...summaries }));

/** The next five actions. */
export const $nextActions: ReadableAtom<PlanAction[]> = computed($planInputs, rankNextActions);

/**
 * Every saved store My plan reaches (the shared client list, then each tool's, in the order the import
 * preview lists them), then the forms in progress, which "Delete all" clears but a backup leaves out.
 */
export const PLAN_STORE_NAMES: readonly string[] = [...SAVED_STORE_NAMES, ...FORM_STORE_NAMES];

/** Whether a backup carries a store's data (forms in progress stay in the browser they were typed in). */
function isCarriedInBackup(name: string): boolean {
  return !FORM_STORE_NAMES.includes(name);
}

const loadClients = createLazyLoader(() =>
  import('../shared/clients').then((module) => {
    module.$clients.subscribe((clients) => $planClients.set(clients));
    return module;
  }),
);

/** Each tool's summary loader, made once per tool so a tool's code is fetched once. */
const summaryLoaders = new Map(
  TOOLS.map((tool) => [
    tool.id,
    createLazyLoader(() =>
      tool.loadSummary().then((summary) => {
        summary.subscribe((value) => {
          const next: Record<string, unknown> = { ...$toolSummaries.get() };
          if (value === undefined) delete next[tool.id];
          else next[tool.id] = value;
          $toolSummaries.set(next);
        });
      }),
    ),
  ]),
);

function loadTool(tool: RegisteredTool<PlanToolId>): Promise<void> {
  return summaryLoaders
    .get(tool.id)!()
    .then(
      () => {
        $unavailableTools.set($unavailableTools.get().filter((id) => id !== tool.id));
      },
      () => {
        // Offline: say so on the page; the loader forgets the failure, so a later attempt tries again.
        $unavailableTools.set([...new Set([...$unavailableTools.get(), tool.id])]);
      },
    );
}

/** Loads the tools that have saved data (and the client list, when it has some). */
function loadUsedTools(): Promise<unknown[]> {
  const loads: Promise<unknown>[] = TOOLS.filter((tool) => hasSavedData(tool.storeNames)).map(loadTool);
  if (hasSavedData([CLIENTS_STORE_NAME])) loads.push(loadClients());
  return Promise.all(loads);
}

/**
 * Loads every tool's store, so the saved-store registry holds them all (export, import, delete).
 * @returns false when some tool's code could not be fetched (offline)
 */
export async function loadAllTools(): Promise<boolean> {
  $unavailableTools.set([]);
  const clientsLoaded = loadClients().then(
    () => true,
    () => false,
  );
  await Promise.all(TOOLS.map(loadTool));
  const clientsOk = await clientsLoaded;
  // A store loads its schema only once it holds data; a backup is checked against every store's schema.
  const schemasLoaded = await loadSavedStoreSchemas().then(
    () => true,
    () => false,
  );
  return clientsOk && schemasLoaded && $unavailableTools.get().length === 0;
}

/** Reads the tools' data and follows it from then on; call once the page runs in the browser. */
export async function startPlan(): Promise<void> {
  if ($planStatus.get() !== 'idle') return;
  $planStatus.set('loading');
  followSavedData([], () => void loadUsedTools());
  await loadUsedTools();
  $planStatus.set('ready');
}

/**
 * Renames a client in the shared list, and so in every tool.
 * @param id the client's id
 * @param rawName the new name as typed
 */
export async function renameClientEverywhere(id: string, rawName: string): Promise<{ ok: true; name: string } | { ok: false; message: string }> {
  const { renameClient } = await loadClients();
  return renameClient(id, rawName);
}

/* ---------- Export, import, delete ---------- */

/** Everything saved before an import or delete, so Undo can put it back. */
interface Snapshot {
  /** Data of the stores that held saved data, by name. */
  stores: Record<string, unknown>;
  /** Text of every loose key (set-aside data, stores My plan does not load), by key. */
  loose: Record<string, string>;
  notices: SavedDataNotice[];
}

/** Each loaded store's data as JSON right after an import or delete, so Undo can tell what changed since. */
type AfterChange = Record<string, string>;

function recordAfterChange(): AfterChange {
  return Object.fromEntries(listSavedStores().map((entry) => [entry.spec.name, JSON.stringify(entry.store.get())]));
}

/** Stores changed since the import or delete (in this tab or another), by name. */
function listChangedSince(after: AfterChange): SavedStoreEntry[] {
  return listSavedStores().filter((entry) => JSON.stringify(entry.store.get()) !== after[entry.spec.name]);
}

/** The last import or delete, until undone or dismissed. */
export interface LastChange {
  /** `delete-client`: one client deleted from the client list (its Undo shows there). */
  kind: 'import' | 'delete' | 'delete-client';
  /** What happened, in a sentence. */
  message: string;
  snapshot: Snapshot;
  after: AfterChange;
}

/** The last import or delete, for Undo. */
export const $lastChange = atom<LastChange | undefined>(undefined);

/** A file read, checked and previewed, waiting for the user's choice. */
export interface PendingImport {
  fileName: string;
  backup: ReadBackup;
  rows: ImportPreviewRow[];
}

/** The file waiting for Replace or Merge. */
export const $pendingImport = atom<PendingImport | undefined>(undefined);

/** Shown when a tool's code could not be fetched before an export, import or delete. */
const OFFLINE_MESSAGE = 'Part of this page could not be loaded (the browser may be offline), so nothing was changed. Please try again.';

/** Shown when the browser refuses to store an import. */
const STORAGE_FULL_MESSAGE = 'This browser refused to store the data (its storage may be full or switched off), so everything was put back as it was.';

/** Every store's spec, in {@link PLAN_STORE_NAMES} order (a store not listed there comes last). */
function listSpecs(): LabelledSpec[] {
  const rank = (name: string) => (PLAN_STORE_NAMES.includes(name) ? PLAN_STORE_NAMES.indexOf(name) : PLAN_STORE_NAMES.length);
  return listSavedStores()
    .map((entry) => entry.spec as LabelledSpec)
    .filter((spec) => isCarriedInBackup(spec.name))
    .sort((a, b) => rank(a.name) - rank(b.name));
}

/** Data of every store that holds saved data (or a change the browser refused to store), by name. */
function readCurrentData(): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const entry of listSavedStores()) {
    if (hasSavedData([entry.spec.name]) || isHeldOnlyInMemory(entry.spec.name)) data[entry.spec.name] = entry.store.get();
  }
  return data;
}

function takeSnapshot(): Snapshot {
  return { stores: readCurrentData(), loose: readLooseData(), notices: $savedDataNotices.get() };
}

/**
 * Puts every store back as the snapshot holds it.
 * @param keep stores to leave as they are (saved since the snapshot)
 */
function restoreSnapshot(snapshot: Snapshot, keep: ReadonlySet<string> = new Set()): void {
  for (const entry of listSavedStores()) {
    if (keep.has(entry.spec.name)) continue;
    if (entry.spec.name in snapshot.stores) entry.store.set(snapshot.stores[entry.spec.name]);
    else clearStore(entry);
  }
  removeLooseData();
  writeLooseData(snapshot.loose);
  $savedDataNotices.set(snapshot.notices);
}

/** A file to download. */
export interface ExportFile {
  fileName: string;
  text: string;
}

/**
 * Writes every tool's saved data, and what was set aside, into one backup file.
 * @param now the time of the export
 */
export async function exportData(now: Date): Promise<{ ok: true; file: ExportFile } | { ok: false; message: string }> {
  const [loaded, { buildBackup, nameBackupFile }, { noteExported }] = await Promise.all([loadAllTools(), import('./backup'), import('../shared/keep-data')]);
  if (!loaded) return { ok: false, message: OFFLINE_MESSAGE };
  const current = readCurrentData();
  const stores = listSavedStores()
    .filter((entry) => entry.spec.name in current && isCarriedInBackup(entry.spec.name))
    .map((entry) => ({ spec: entry.spec, data: current[entry.spec.name] }));
  const backup = buildBackup(stores, pickSetAside(readLooseData()), now.toISOString());
  noteExported($today.get());
  return { ok: true, file: { fileName: nameBackupFile($today.get()), text: `${JSON.stringify(backup, null, 2)}\n` } };
}

/**
 * Reads and checks a backup file and, when it is good, keeps it with a preview until the user chooses
 * Replace or Merge. A refused file changes nothing.
 * @param fileName the file's name, for the preview
 * @param text the file's text
 */
export async function previewImportFile(fileName: string, text: string): Promise<{ ok: true } | { ok: false; message: string }> {
  $pendingImport.set(undefined);
  const [loaded, { readBackupText, previewImport }, rules] = await Promise.all([loadAllTools(), import('./backup'), loadAllMergeRules()]);
  if (!loaded) return { ok: false, message: OFFLINE_MESSAGE };
  const specs = listSpecs();
  const result = readBackupText(text, specs);
  if (!result.ok) return result;
  const { mergeDuplicateClients } = await import('./merge');
  result.backup.stores = mergeDuplicateClients(result.backup.stores, rules, CLIENTS_STORE_NAME);
  const current = { stores: readCurrentData(), setAsideCount: Object.keys(pickSetAside(readLooseData())).length };
  $pendingImport.set({ fileName, backup: result.backup, rows: previewImport(result.backup, current, specs, rules, CLIENTS_STORE_NAME) });
  return { ok: true };
}

/** Forgets the file waiting for a choice. */
export function cancelImport(): void {
  $pendingImport.set(undefined);
}

/**
 * Brings in the waiting file: Replace makes this browser hold exactly what the file holds; Merge adds
 * the file's data to this browser's (rules in `src/tools/my-plan/merge.ts`). Undo can reverse it.
 * @param mode replace or merge
 */
export async function applyImport(mode: 'replace' | 'merge'): Promise<{ ok: true } | { ok: false; message: string }> {
  const pending = $pendingImport.get();
  if (!pending) return { ok: false, message: 'Choose a file to import first.' };
  const [{ mergeStoreData }, rules] = await Promise.all([import('./merge'), loadAllMergeRules()]);
  const snapshot = takeSnapshot();
  const target = mode === 'replace' ? pending.backup.stores : mergeStoreData(snapshot.stores, pending.backup.stores, rules, CLIENTS_STORE_NAME);
  const { value: looseStored, failure } = watchWrites(() => {
    for (const entry of listSavedStores()) {
      if (entry.spec.name in target) entry.store.set(target[entry.spec.name]);
      else if (mode === 'replace') clearStore(entry);
    }
    if (mode === 'replace') removeLooseData();
    return writeLooseData(pending.backup.setAside);
  });
  if (failure || !looseStored) {
    restoreSnapshot(snapshot);
    return { ok: false, message: STORAGE_FULL_MESSAGE };
  }
  $pendingImport.set(undefined);
  const how = mode === 'replace' ? 'this browser now holds exactly the file’s data' : 'the file’s data was merged with this browser’s';
  $lastChange.set({ kind: 'import', message: `Imported ${pending.fileName}: ${how}.`, snapshot, after: recordAfterChange() });
  return { ok: true };
}

/**
 * Deletes everything every tool saved in this browser, and what they set aside. Undo puts it back until
 * the page is left.
 */
export async function deleteAllData(): Promise<{ ok: true } | { ok: false; message: string }> {
  if (!(await loadAllTools())) return { ok: false, message: OFFLINE_MESSAGE };
  $pendingImport.set(undefined);
  const snapshot = takeSnapshot();
  for (const entry of listSavedStores()) clearStore(entry);
  removeLooseData();
  $lastChange.set({ kind: 'delete', message: 'Deleted all your data from every tool in this browser.', snapshot, after: recordAfterChange() });
  return { ok: true };
}

/** What deleting one client removes from one tool, in that tool's words. */
export interface ClientRemoval {
  /** The tool's title, for example "Touchpoint planner". */
  toolTitle: string;
  /** What goes, for example "2 scorecards". */
  removed: string;
}

/** One store's data once a client is forgotten, with what went. */
interface StoreChange extends ClientRemoval {
  storeName: string;
  data: unknown;
}

/**
 * Works out what each tool would hold without the client, through each tool's own rule (`forgetClient` in
 * its `merge.ts`, loaded via the registry): My plan keeps no table of which tool names clients.
 */
async function planClientRemoval(clientId: string): Promise<{ ok: true; changes: StoreChange[] } | { ok: false; message: string }> {
  const [loaded, rules] = await Promise.all([loadAllTools(), loadAllMergeRules()]);
  if (!loaded) return { ok: false, message: OFFLINE_MESSAGE };
  const current = readCurrentData();
  const changes: StoreChange[] = [];
  for (const tool of TOOLS) {
    for (const storeName of tool.storeNames) {
      if (!(storeName in current)) continue;
      const forgotten: { data: unknown; removed: string | undefined } | undefined = rules[storeName]?.forgetClient?.(current[storeName], clientId);
      if (forgotten?.removed) changes.push({ storeName, toolTitle: tool.title, removed: forgotten.removed, data: forgotten.data });
    }
  }
  return { ok: true, changes };
}

/**
 * Lists what deleting a client would remove from each tool, for the user to confirm.
 * @param clientId the client's id
 */
export async function previewClientRemoval(clientId: string): Promise<{ ok: true; removals: ClientRemoval[] } | { ok: false; message: string }> {
  const plan = await planClientRemoval(clientId);
  if (!plan.ok) return plan;
  return { ok: true, removals: plan.changes.map(({ toolTitle, removed }) => ({ toolTitle, removed })) };
}

/**
 * Deletes a client from the shared list and everything each tool keeps about them. Undo puts it all back
 * until the page is left.
 * @param clientId the client's id
 */
export async function deleteClientEverywhere(clientId: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const plan = await planClientRemoval(clientId);
  if (!plan.ok) return plan;
  const { findClient, removeClient } = await loadClients();
  const name = findClient(clientId)?.name;
  if (name === undefined) return { ok: false, message: 'That client is no longer on the list; nothing was deleted.' };
  const snapshot = takeSnapshot();
  const stores = new Map(listSavedStores().map((entry) => [entry.spec.name, entry.store]));
  try {
    for (const change of plan.changes) stores.get(change.storeName)?.set(change.data);
    removeClient(clientId);
  } catch {
    restoreSnapshot(snapshot);
    return { ok: false, message: STORAGE_FULL_MESSAGE };
  }
  const what = plan.changes.length > 0 ? ` and ${plan.changes.map((change) => change.removed).join(', ')}` : '';
  $lastChange.set({ kind: 'delete-client', message: `Deleted ${name}${what}.`, snapshot, after: recordAfterChange() });
  return { ok: true };
}

/**
 * Puts back what the last import or delete changed, without undoing what was saved since (in this tab or
 * another). Stores nobody touched since go back exactly as they were. After a delete, what was deleted is
 * merged back into a store saved since, by the same rules as an import's Merge, so both are kept. After an
 * import, a store saved since is left as it is, and the message names it.
 * @returns what Undo did, in a sentence
 */
export async function undoLastChange(): Promise<{ ok: boolean; message: string }> {
  const change = $lastChange.get();
  if (!change) return { ok: false, message: '' };
  const changed = listChangedSince(change.after);
  let message = `Undone: ${lowerFirst(change.message)}`;
  let put: () => void = () => restoreSnapshot(change.snapshot);
  if (changed.length > 0) {
    const labels = changed.map((entry) => entry.spec.label).join(', ');
    if (change.kind !== 'import') {
      const [{ mergeStoreData }, rules] = await Promise.all([import('./merge'), loadAllMergeRules()]);
      const savedSince = Object.fromEntries(changed.map((entry) => [entry.spec.name, entry.store.get()]));
      const target = mergeStoreData(savedSince, change.snapshot.stores, rules, CLIENTS_STORE_NAME);
      message = `Put back what was deleted, and kept what was saved since (${labels}).`;
      put = () => putBackDeleted(change.snapshot, target);
    } else {
      message = `Put back what the import changed, except what was saved since, which was kept as it is (${labels}).`;
      put = () => restoreSnapshot(change.snapshot, new Set(changed.map((entry) => entry.spec.name)));
    }
  }
  const { failure } = watchWrites(put);
  $lastChange.set(undefined);
  return failure ? { ok: false, message: UNDO_NOT_STORED_MESSAGE } : { ok: true, message };
}

/** After a delete, puts back the deleted data merged with what was saved since. */
function putBackDeleted(snapshot: Snapshot, target: Record<string, unknown>): void {
  for (const entry of listSavedStores()) {
    if (entry.spec.name in target) entry.store.set(target[entry.spec.name]);
  }
  writeLooseData(snapshot.loose);
  $savedDataNotices.set([...snapshot.notices, ...$savedDataNotices.get()]);
}

/** Shown when Undo put the data back on screen but the browser refused to store it. */
const UNDO_NOT_STORED_MESSAGE = 'Your data is back on screen, but this browser refused to store it (see the message above).';

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Forgets the last change (the Undo offer goes away). */
export function dismissLastChange(): void {
  $lastChange.set(undefined);
}
