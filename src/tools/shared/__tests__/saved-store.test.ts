// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';

const KEY = 'loyalty-playbook:example';

async function loadStore() {
  vi.resetModules();
  const module = await import('../saved-store');
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

// The first import transforms zod and its users; on a busy machine that alone can outlast a test's limit.
beforeAll(() => loadStore(), 60_000);

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

  it('keeps a change the browser refuses on screen, reports it, and stores it once there is room', async () => {
    const { store, $saveFailures, watchWrites, retryFailedSaves } = await loadStore();
    store.set({ count: 1 });
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the storage as `this` below
    const setItem = Storage.prototype.setItem;
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { failure } = watchWrites(() => store.set({ count: 2 }));
    expect(failure).toEqual({ name: 'example', reason: 'full' });
    expect(store.get()).toEqual({ count: 2 });
    expect($saveFailures.get()).toEqual([{ name: 'example', reason: 'full' }]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ version: 2, data: { count: 1 } });
    expect(retryFailedSaves()).toBe(false);
    full.mockImplementation(function (this: Storage, key: string, value: string) {
      setItem.call(this, key, value);
    });
    expect(retryFailedSaves()).toBe(true);
    expect($saveFailures.get()).toEqual([]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ version: 2, data: { count: 2 } });
    full.mockRestore();
  });

  it('says storage is off when the browser blocks it', async () => {
    const { store, watchWrites } = await loadStore();
    const blocked = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(watchWrites(() => store.set({ count: 5 }))).toEqual({ value: undefined, failure: { name: 'example', reason: 'blocked' } });
    expect(store.get()).toEqual({ count: 5 });
    blocked.mockRestore();
  });
});
