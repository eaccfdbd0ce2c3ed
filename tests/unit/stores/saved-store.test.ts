// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';

const KEY = 'loyalty-playbook:example';

async function loadStore() {
  vi.resetModules();
  const module = await import('../../../src/stores/saved-store');
  const store = module.createSavedStore({
    name: 'example',
    label: 'example tool',
    version: 2,
    schema: z.object({ count: z.number() }),
    migrations: { 1: (old) => ({ count: Number((old as { n: string }).n) }) },
    initial: { count: 0 },
  });
  return { ...module, store };
}

beforeEach(() => localStorage.clear());

describe('createSavedStore', () => {
  it('starts from the initial state when nothing is saved', async () => {
    const { store, $savedDataNotices } = await loadStore();
    expect(store.get()).toEqual({ count: 0 });
    expect($savedDataNotices.get()).toEqual([]);
  });

  it('saves every change in a versioned envelope', async () => {
    const { store } = await loadStore();
    store.set({ count: 3 });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ version: 2, data: { count: 3 } });
  });

  it('reads back what an earlier page load saved', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 2, data: { count: 9 } }));
    const { store } = await loadStore();
    expect(store.get()).toEqual({ count: 9 });
  });

  it('migrates data saved by an older release', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, data: { n: '4' } }));
    const { store } = await loadStore();
    expect(store.get()).toEqual({ count: 4 });
  });

  it('sets corrupt data aside with a notice and starts fresh, losing nothing', async () => {
    localStorage.setItem(KEY, '{"version": 2, "data": {"count": "many"}}');
    const { store, $savedDataNotices, dismissSavedDataNotice } = await loadStore();
    expect(store.get()).toEqual({ count: 0 });
    const [notice] = $savedDataNotices.get();
    expect(notice?.message).toMatch(/example tool.*set aside/);
    expect(localStorage.getItem(notice!.setAsideKey!)).toBe('{"version": 2, "data": {"count": "many"}}');
    expect(localStorage.getItem(KEY)).not.toContain('many');
    dismissSavedDataNotice('example');
    expect($savedDataNotices.get()).toEqual([]);
  });

  it('registers each store once, for export and import', async () => {
    const { createSavedStore, listSavedStores, store } = await loadStore();
    const again = createSavedStore({ name: 'example', label: 'x', version: 2, schema: z.object({ count: z.number() }), initial: { count: 0 } });
    expect(again).toBe(store);
    expect(listSavedStores().map((entry) => entry.spec.name)).toEqual(['example']);
  });
});

describe('clearing and set-aside data (My plan)', () => {
  it('clears a store back to its initial state and removes its key, even after the store is watched again', async () => {
    const { store, listSavedStores } = await loadStore();
    const unwatch = store.listen(() => {});
    store.set({ count: 5 });
    listSavedStores()[0]!.clear();
    expect(store.get()).toEqual({ count: 0 });
    expect(localStorage.getItem(KEY)).toBeNull();
    unwatch();
    store.listen(() => {});
    expect(localStorage.getItem(KEY)).toBeNull();
    store.set({ count: 1 });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ version: 2, data: { count: 1 } });
  });

  it('tells whether a store has saved data without creating it', async () => {
    const { hasStoredData } = await loadStore();
    expect(hasStoredData('other')).toBe(false);
    localStorage.setItem('loyalty-playbook:other', '{}');
    expect(hasStoredData('other')).toBe(true);
  });

  it('reads, writes and removes set-aside data, leaving every other key alone', async () => {
    localStorage.setItem(KEY, 'not json');
    const { readSetAsideData, writeSetAsideData, removeSetAsideData, $savedDataNotices } = await loadStore();
    const [setAsideKey] = Object.keys(readSetAsideData());
    expect(readSetAsideData()).toEqual({ [setAsideKey!]: 'not json' });
    expect(writeSetAsideData({ 'loyalty-playbook:set-aside:other:2026-01-01T00:00:00.000Z': 'x', 'loyalty-playbook:theme': 'dark' })).toBe(true);
    expect(localStorage.getItem('loyalty-playbook:theme')).toBeNull();
    expect(Object.keys(readSetAsideData())).toHaveLength(2);
    localStorage.setItem('loyalty-playbook:theme', 'dark');
    removeSetAsideData();
    expect(readSetAsideData()).toEqual({});
    expect($savedDataNotices.get()).toEqual([]);
    expect(localStorage.getItem('loyalty-playbook:theme')).toBe('dark');
  });
});
