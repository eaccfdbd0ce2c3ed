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

describe('createDeferredSavedStore', () => {
  /** A store whose schema comes through a loader the test controls; `loads` counts the imports. */
  async function loadDeferredStore(name = 'example') {
    vi.resetModules();
    const module = await import('../saved-store');
    const schema = z.object({ count: z.number() });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let gated = false;
    const loader = vi.fn(async () => {
      if (gated) await gate;
      return schema;
    });
    const store = await module.createDeferredSavedStore({ name, label: 'example tool', version: 2, loadSchema: loader, initial: { count: 0 } });
    const holdNextLoad = () => (gated = true);
    return { ...module, store, loader, holdNextLoad, release };
  }

  /**
   * What another tab's save looks like to this page. Tests of it use a store name of their own: stores of
   * earlier tests still hear storage events for a second after their last read (@nanostores/persistent
   * unmounts late), and would answer for a store of the same name.
   */
  function saveFromAnotherTab(key: string, text: string) {
    localStorage.setItem(key, text);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: text, storageArea: localStorage }));
  }

  it('neither loads the schema nor needs it when nothing is saved, and saves every change', async () => {
    const { store, loader } = await loadDeferredStore();
    expect(store.get()).toEqual({ count: 0 });
    store.set({ count: 3 });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ version: 2, data: { count: 3 } });
    expect(loader).not.toHaveBeenCalled();
  });

  it('loads the schema before the store exists when data is saved, so the first read is checked', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 2, data: { count: 9 } }));
    const { store, loader } = await loadDeferredStore();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual({ count: 9 });
  });

  it('sets corrupt saved data aside with a notice, as a store with its schema at hand does', async () => {
    localStorage.setItem(KEY, '{"version": 2, "data": {"count": "many"}}');
    const { store, $savedDataNotices } = await loadDeferredStore();
    expect(store.get()).toEqual({ count: 0 });
    expect($savedDataNotices.get()[0]?.message).toMatch(/example tool.*set aside/);
  });

  it('sets corrupt data from another tab aside once the schema loads', async () => {
    const { store, $savedDataNotices } = await loadDeferredStore('from-tab-corrupt');
    const unsubscribe = store.listen(() => undefined);
    store.set({ count: 2 });
    saveFromAnotherTab('loyalty-playbook:from-tab-corrupt', '{"version": 2, "data": {"count": "many"}}');
    await vi.waitFor(() => expect($savedDataNotices.get()[0]?.message).toMatch(/example tool.*set aside/));
    expect(store.get()).toEqual({ count: 0 });
    unsubscribe();
  });

  it('reads data another tab saves first once the schema loads, writing nothing over it meanwhile', async () => {
    const key = 'loyalty-playbook:from-tab';
    const { store, loader, holdNextLoad, release } = await loadDeferredStore('from-tab');
    const unsubscribe = store.listen(() => undefined);
    holdNextLoad();
    const theirs = JSON.stringify({ version: 2, data: { count: 7 } });
    saveFromAnotherTab(key, theirs);
    expect(loader).toHaveBeenCalledTimes(1);
    // Not read yet: the page keeps what it shows, and a change made meanwhile does not overwrite theirs.
    expect(store.get()).toEqual({ count: 0 });
    store.set({ count: 1 });
    expect(localStorage.getItem(key)).toBe(theirs);
    release();
    await vi.waitFor(() => expect(store.get()).toEqual({ count: 7 }));
    expect(localStorage.getItem(key)).toBe(theirs);
    store.set({ count: 8 });
    expect(JSON.parse(localStorage.getItem(key)!)).toEqual({ version: 2, data: { count: 8 } });
    unsubscribe();
  });

  it('loads every deferred schema for a backup check', async () => {
    const { loader, loadSavedStoreSchemas, listSavedStores } = await loadDeferredStore();
    await loadSavedStoreSchemas();
    expect(loader).toHaveBeenCalledTimes(1);
    const [entry] = listSavedStores();
    expect(entry?.spec.schema.safeParse({ count: 1 })).toMatchObject({ success: true });
  });
});
