// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { CLIENTS, readSiteStorage, seedToolData, STORE_VERSIONS, TODAY, TOOL_DATA } from './fixtures/my-plan-data';
import { FORM_STORE_NAMES, SAVED_STORE_NAMES } from '../../registry';

async function loadPlan() {
  vi.resetModules();
  const plan = await import('../store');
  const saved = await import('../../shared/saved-store');
  const today = await import('../../shared/today');
  today.setToday(TODAY);
  return { ...plan, ...saved };
}

// The first import transforms every tool's module; on a busy machine that alone can outlast a test's limit.
beforeAll(async () => {
  const s = await loadPlan();
  await s.loadAllTools();
}, 60_000);

beforeEach(() => localStorage.clear());

/** Every store a backup carries: every saved store the tool registry names (forms in progress stay out). */
const LOADED_STORES = [...SAVED_STORE_NAMES];

describe('startPlan', () => {
  it('loads no tool’s code while nothing is saved, and shows every tool as an invitation', async () => {
    const s = await loadPlan();
    await s.startPlan();
    expect(s.$planStatus.get()).toBe('ready');
    expect(s.listSavedStores()).toEqual([]);
    expect(s.$nextActions.get().map((a) => a.kind)).toEqual(Array(5).fill('invitation'));
  });

  it('summarises a used tool and keeps the tools never used as invitations', async () => {
    seedToolData({ 'ladder-quiz': TOOL_DATA['ladder-quiz'] });
    const s = await loadPlan();
    await s.startPlan();
    expect(Object.keys(s.$toolSummaries.get())).toEqual(['ladder-quiz']);
    expect(s.$toolSummaries.get()['ladder-quiz']?.latest).toEqual({ stepNumber: 2, label: 'Step 2 of 5: Great service', date: '2026-03-01' });
    // Only the used tool's code was loaded.
    expect(s.listSavedStores().map((entry) => entry.spec.name)).toEqual(['ladder-quiz']);
    expect(s.$nextActions.get().filter((a) => a.kind === 'invitation').map((a) => a.link.path)).toEqual([
      'tools/loyalty-score/',
      'tools/weekly-checklist/',
      'tools/touchpoint-planner/',
      'tools/tolerance-review/',
    ]);
  });

  it('summarises every used tool and ranks the overdue contact and the customer outside their zone first', async () => {
    seedToolData();
    const s = await loadPlan();
    await s.startPlan();
    const summaries = s.$toolSummaries.get();
    expect(summaries['weekly-checklist']?.thisWeek).toEqual({ week: '2026-W11', habitsPractised: 2, ticks: 3, challengeMet: false });
    expect(summaries['weekly-checklist']?.lastEightWeeks).toHaveLength(8);
    expect(summaries['touchpoint-planner']?.upcoming.map((c) => [c.clientName, c.date, c.overdue, c.purpose])).toEqual([
      ['Acme', '2026-03-09', true, 'Say thank you'],
      ['Acme', '2026-03-16', false, 'Early check-in'],
    ]);
    expect(summaries['tolerance-review']?.needingAttention.map((r) => [r.clientName, r.statusLabel])).toEqual([['Bolt Ltd', 'Outside']]);
    expect(summaries['loyalty-score']?.map((row) => [row.clientName, row.score, row.bandId, row.weakestFactor])).toEqual([['Acme', 29, 'at-risk', 'Trust']]);
    expect(s.$planClients.get()).toEqual(CLIENTS);
    expect(s.$nextActions.get().map((a) => a.kind)).toEqual(['overdueContact', 'outsideZone', 'atRiskScore', 'weeklyChallenge', 'climbLadder']);
  });

  it('joins in a tool first used in another tab', async () => {
    const s = await loadPlan();
    await s.startPlan();
    expect(s.$toolSummaries.get()['ladder-quiz']).toBeUndefined();
    seedToolData({ 'ladder-quiz': TOOL_DATA['ladder-quiz'] });
    window.dispatchEvent(new StorageEvent('storage', { key: 'loyalty-playbook:ladder-quiz' }));
    await vi.waitFor(() => expect(s.$toolSummaries.get()['ladder-quiz']?.latest?.stepNumber).toBe(2));
  });
});

describe('renameClientEverywhere', () => {
  it('renames a client in every tool, since the tools keep only its id', async () => {
    seedToolData();
    const s = await loadPlan();
    await s.startPlan();
    expect(await s.renameClientEverywhere('acme-id', 'Acme Group')).toEqual({ ok: true, name: 'Acme Group' });
    expect(s.$toolSummaries.get()['touchpoint-planner']?.upcoming[0]?.clientName).toBe('Acme Group');
    expect(await s.renameClientEverywhere('bolt-id', 'acme group')).toEqual({ ok: false, message: 'There is already a client called Acme Group.' });
    expect(s.$toolSummaries.get()['tolerance-review']?.needingAttention[0]?.clientName).toBe('Bolt Ltd');
  });
});

describe('export and delete', () => {
  it('exports every tool’s data in one file with the format version and the export date', async () => {
    seedToolData();
    const s = await loadPlan();
    const result = await s.exportData(new Date('2026-03-10T08:30:00Z'));
    if (!result.ok) throw new Error(result.message);
    expect(result.file.fileName).toBe('loyalty-playbook-data-2026-03-10.json');
    const file = JSON.parse(result.file.text);
    expect(file).toMatchObject({ format: 'loyalty-playbook-backup', version: 1, exportedAt: '2026-03-10T08:30:00.000Z' });
    for (const name of LOADED_STORES) expect(file.data.stores).toContainEqual({ name, version: STORE_VERSIONS[name] ?? 1, data: TOOL_DATA[name] });
    expect(file.data.stores).toHaveLength(LOADED_STORES.length);
  });

  it('deletes every tool’s data and what was set aside, keeps the theme, and Undo puts it all back', async () => {
    seedToolData();
    localStorage.setItem('loyalty-playbook:ladder-quiz', '{"version": 1, "data": "not a quiz"}');
    localStorage.setItem('loyalty-playbook:theme', 'dark');
    const s = await loadPlan();
    await s.startPlan();
    const before = readSiteStorage();
    expect(Object.keys(before).some((key) => key.startsWith('loyalty-playbook:set-aside:'))).toBe(true);

    expect(await s.deleteAllData()).toEqual({ ok: true });
    expect(readSiteStorage()).toEqual({ 'loyalty-playbook:theme': 'dark' });
    expect(s.$toolSummaries.get()).toEqual({});
    expect(s.$planClients.get()).toEqual([]);
    expect(s.$lastChange.get()?.kind).toBe('delete');

    expect(await s.undoLastChange()).toMatchObject({ ok: true });
    expect(readSiteStorage()).toEqual(before);
    expect(s.$toolSummaries.get()['touchpoint-planner']?.planCount).toBe(1);
    expect(s.$lastChange.get()).toBeUndefined();
  });

  it('Undo of a delete keeps what another tab saved since, and puts back what was deleted', async () => {
    seedToolData();
    const s = await loadPlan();
    await s.startPlan();
    await s.deleteAllData();
    // Another tab reviews a new client after the delete.
    const newClient = { id: 'new-id', name: 'Nova' };
    const newReview = { ...(TOOL_DATA['tolerance-review'] as { id: string }[])[0], id: 'review-2', clientId: 'new-id' };
    for (const [name, data] of [['clients', [newClient]], ['tolerance-review', [newReview]]] as const) {
      const key = `loyalty-playbook:${name}`;
      const text = JSON.stringify({ version: 1, data });
      localStorage.setItem(key, text);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: text }));
    }

    const undone = await s.undoLastChange();
    expect(undone).toMatchObject({ ok: true, message: expect.stringMatching(/kept what was saved since \(Client list, Tolerance review\)/i) });
    const stored = readSiteStorage() as Record<string, { data: { id: string }[] }>;
    expect(stored['loyalty-playbook:tolerance-review']!.data.map((review) => review.id).sort()).toEqual(['review-1', 'review-2']);
    expect(stored['loyalty-playbook:clients']!.data.map((client) => client.id).sort()).toEqual([...CLIENTS.map((c) => c.id), 'new-id'].sort());
    // Stores nobody touched since come back exactly as they were.
    expect(stored['loyalty-playbook:touchpoint-planner']).toEqual({ version: 1, data: TOOL_DATA['touchpoint-planner'] });
  });
});

describe('import', () => {
  async function exportedText(): Promise<string> {
    seedToolData();
    const s = await loadPlan();
    const result = await s.exportData(new Date('2026-03-10T08:30:00Z'));
    if (!result.ok) throw new Error(result.message);
    localStorage.clear();
    return result.file.text;
  }

  it('refuses a corrupt file and changes nothing', async () => {
    seedToolData({ 'ladder-quiz': TOOL_DATA['ladder-quiz'] });
    const s = await loadPlan();
    await s.startPlan();
    const before = readSiteStorage();
    const result = await s.previewImportFile('backup.json', '{"format": "loyalty-playbook-backup", "version": 1, "exportedAt": "2026-03-10T08:30:00Z", "data": {"stores": [{"name": "clients", "version": 1, "data": [{"id": 1}]}]}}');
    expect(result).toMatchObject({ ok: false, message: 'The client list data in this file is damaged or not in the form this site saves.' });
    expect(s.$pendingImport.get()).toBeUndefined();
    expect(await s.applyImport('replace')).toEqual({ ok: false, message: 'Choose a file to import first.' });
    expect(readSiteStorage()).toEqual(before);
  });

  it('shows what a good file brings in before anything changes', async () => {
    const text = await exportedText();
    seedToolData({ clients: [{ id: 'x', name: 'Xeno' }] });
    const s = await loadPlan();
    await s.startPlan();
    const before = readSiteStorage();
    expect(await s.previewImportFile('backup.json', text)).toEqual({ ok: true });
    expect(readSiteStorage()).toEqual(before);
    expect(s.$pendingImport.get()?.rows.map((row) => [row.label, row.inFile, row.inBrowser])).toEqual([
      ['Client list', '2 clients', '1 client'],
      ['Loyalty-equation scorecard', '1 scorecard', 'nothing'],
      ['Loyalty-ladder quiz', '1 quiz result', 'nothing'],
      ['Weekly checklist', '1 week', 'nothing'],
      ['Touchpoint planner', '1 plan', 'nothing'],
      ['Tolerance review', '1 review', 'nothing'],
      ['Client survey', '1 survey reply', 'nothing'],
    ]);
  });

  it('replaces this browser’s data with exactly the file’s, and Undo brings the old data back', async () => {
    const text = await exportedText();
    seedToolData({ clients: [{ id: 'x', name: 'Xeno' }] });
    const s = await loadPlan();
    await s.startPlan();
    const before = readSiteStorage();
    await s.previewImportFile('backup.json', text);
    expect(await s.applyImport('replace')).toEqual({ ok: true });
    for (const name of LOADED_STORES) {
      expect(JSON.parse(localStorage.getItem(`loyalty-playbook:${name}`)!)).toEqual({ version: STORE_VERSIONS[name] ?? 1, data: TOOL_DATA[name] });
    }
    expect(s.$planClients.get()).toEqual(CLIENTS);
    expect(s.$pendingImport.get()).toBeUndefined();
    expect(await s.undoLastChange()).toMatchObject({ ok: true });
    expect(readSiteStorage()).toEqual(before);
  });

  it('merges the file into this browser’s data, matching clients by name', async () => {
    const text = await exportedText();
    seedToolData({ clients: [{ id: 'here', name: 'ACME' }] });
    const s = await loadPlan();
    await s.startPlan();
    await s.previewImportFile('backup.json', text);
    expect(await s.applyImport('merge')).toEqual({ ok: true });
    expect(s.$planClients.get()).toEqual([
      { id: 'here', name: 'ACME' },
      { id: 'bolt-id', name: 'Bolt Ltd' },
    ]);
    expect(s.$toolSummaries.get()['touchpoint-planner']?.upcoming[0]?.clientName).toBe('ACME');
  });

  it('migrates a tool’s data saved in an older version when importing it', async () => {
    const s = await loadPlan();
    const $counter = s.createSavedStore({
      name: 'counter',
      label: 'counter tool',
      version: 2,
      schema: z.object({ count: z.number() }),
      migrations: { 1: (old) => ({ count: Number((old as { n: string }).n) }) },
      initial: { count: 0 },
    });
    const file = { format: 'loyalty-playbook-backup', version: 1, exportedAt: '2026-03-10T08:30:00Z', data: { stores: [{ name: 'counter', version: 1, data: { n: '4' } }] } };
    expect(await s.previewImportFile('old.json', JSON.stringify(file))).toEqual({ ok: true });
    await s.applyImport('replace');
    expect($counter.get()).toEqual({ count: 4 });
    expect(JSON.parse(localStorage.getItem('loyalty-playbook:counter')!)).toEqual({ version: 2, data: { count: 4 } });
  });

  it('puts everything back when the browser refuses to store the import', async () => {
    const text = await exportedText();
    seedToolData({ clients: [{ id: 'x', name: 'Xeno' }] });
    const s = await loadPlan();
    await s.startPlan();
    const before = readSiteStorage();
    await s.previewImportFile('backup.json', text);
    // The browser refuses the planner's data, as a full storage does (the stores themselves never throw).
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the storage as `this` below
    const setItem = Storage.prototype.setItem;
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === 'loyalty-playbook:touchpoint-planner') throw new DOMException('Storage is full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    const result = await s.applyImport('replace');
    refuse.mockRestore();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/refused to store/);
    expect(readSiteStorage()).toEqual(before);
  });
});

describe('saved data of a tool', () => {
  it('is migrated from an older version when the tool reads it, not dropped', async () => {
    localStorage.setItem('loyalty-playbook:counter', JSON.stringify({ version: 1, data: { n: '9' } }));
    const s = await loadPlan();
    const $counter = s.createSavedStore({
      name: 'counter',
      label: 'counter tool',
      version: 2,
      schema: z.object({ count: z.number() }),
      migrations: { 1: (old) => ({ count: Number((old as { n: string }).n) }) },
      initial: { count: 0 },
    });
    expect($counter.get()).toEqual({ count: 9 });
    expect(s.$savedDataNotices.get()).toEqual([]);
  });
});

describe('the tool registry', () => {
  it('names every saved store any tool creates, so export, import and delete cover them all', async () => {
    vi.resetModules();
    const saved = await import('../../shared/saved-store');
    // Every module under src/tools that may create a saved store (stores, and the modules that hold them).
    await Promise.all(Object.values(import.meta.glob(['../../*/*.ts', '!../../*/model.ts', '!../../**/__tests__/**'])).map((load) => load()));
    const created = saved.listSavedStores().map((entry) => entry.spec.name);
    expect(created.length).toBeGreaterThan(0);
    expect([...SAVED_STORE_NAMES, ...FORM_STORE_NAMES].sort()).toEqual(expect.arrayContaining(created.sort()));
  }, 60_000);

  it('has test data for every store it names, so the round trips below reach every store', () => {
    expect(Object.keys(TOOL_DATA).sort()).toEqual([...SAVED_STORE_NAMES, ...FORM_STORE_NAMES].sort());
  });

  it('exports every saved store (not forms in progress), deletes every store, and brings every saved store back', async () => {
    seedToolData();
    const s = await loadPlan();
    const exported = await s.exportData(new Date('2026-03-10T08:30:00Z'));
    if (!exported.ok) throw new Error(exported.message);
    const file = JSON.parse(exported.file.text) as { data: { stores: { name: string }[] } };
    expect(file.data.stores.map((entry) => entry.name).sort()).toEqual([...SAVED_STORE_NAMES].sort());

    expect(await s.deleteAllData()).toEqual({ ok: true });
    expect(readSiteStorage()).toEqual({});

    expect(await s.previewImportFile('backup.json', exported.file.text)).toEqual({ ok: true });
    expect(await s.applyImport('replace')).toEqual({ ok: true });
    const restored = readSiteStorage();
    for (const name of SAVED_STORE_NAMES) expect(restored[`loyalty-playbook:${name}`]).toEqual({ version: expect.any(Number), data: TOOL_DATA[name] });
    for (const name of FORM_STORE_NAMES) expect(restored).not.toHaveProperty(`loyalty-playbook:${name}`);
  });
});
