// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { $clients, addClient, findClient, removeClient, renameClient } from '../clients';

beforeEach(() => {
  $clients.set([]);
});

describe('the shared client list', () => {
  it('adds a client once, however its name is spaced or cased', () => {
    const first = addClient('Acme Ltd');
    const second = addClient('  acme   ltd ');
    expect(first.ok && second.ok && first.client.id === second.client.id).toBe(true);
    expect($clients.get()).toHaveLength(1);
  });

  it('refuses an empty name without changing the list', () => {
    expect(addClient('  ')).toEqual({ ok: false, message: expect.any(String) });
    expect($clients.get()).toEqual([]);
  });

  it('renames a client everywhere it is referenced by id', () => {
    const added = addClient('Acme');
    if (!added.ok) throw new Error('expected a client');
    expect(renameClient(added.client.id, 'Acme & Sons').ok).toBe(true);
    expect(findClient(added.client.id)?.name).toBe('Acme & Sons');
  });

  it('refuses a rename onto another client’s name', () => {
    addClient('Acme');
    const other = addClient('Birch');
    if (!other.ok) throw new Error('expected a client');
    expect(renameClient(other.client.id, 'ACME')).toEqual({ ok: false, message: expect.stringContaining('Acme') });
  });

  it('removes a client', () => {
    const added = addClient('Acme');
    if (!added.ok) throw new Error('expected a client');
    removeClient(added.client.id);
    expect($clients.get()).toEqual([]);
  });
});
