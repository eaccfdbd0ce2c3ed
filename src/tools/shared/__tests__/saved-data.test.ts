import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { describeRefusal, readEnvelope, readStoredText, toStorageKey, type SavedDataSpec } from '../saved-data';

const spec: SavedDataSpec<{ score: number; name: string }> = {
  name: 'example',
  version: 3,
  schema: z.object({ score: z.number(), name: z.string() }),
  migrations: {
    1: (old) => ({ score: (old as { points: number }).points }),
    2: (old) => ({ ...(old as object), name: '' }),
  },
};

describe('readEnvelope', () => {
  it('accepts current data', () => {
    expect(readEnvelope(spec, { version: 3, data: { score: 5, name: 'A' } })).toEqual({ ok: true, data: { score: 5, name: 'A' } });
  });

  it('migrates older data step by step instead of dropping it', () => {
    expect(readEnvelope(spec, { version: 1, data: { points: 7 } })).toEqual({ ok: true, data: { score: 7, name: '' }, migratedFrom: 1 });
  });

  it('refuses data from a newer release', () => {
    expect(readEnvelope(spec, { version: 4, data: {} })).toEqual({ ok: false, reason: 'newer' });
  });

  it('refuses data that fails validation', () => {
    expect(readEnvelope(spec, { version: 3, data: { score: 'high' } })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses data whose migration throws', () => {
    expect(readEnvelope(spec, { version: 2, data: null })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses anything that is not an envelope', () => {
    for (const value of [null, 42, 'x', [], { data: 1 }, { version: 0, data: 1 }, { version: 1.5, data: 1 }]) {
      expect(readEnvelope(spec, value)).toEqual({ ok: false, reason: 'unreadable' });
    }
  });
});

describe('readStoredText', () => {
  it('refuses text that is not JSON', () => {
    expect(readStoredText(spec, '{oops')).toEqual({ ok: false, reason: 'unreadable' });
  });
});

describe('describeRefusal', () => {
  it('names the tool and says the data was set aside', () => {
    expect(describeRefusal('weekly checklist', 'invalid')).toMatch(/weekly checklist.*set aside/);
    expect(describeRefusal('weekly checklist', 'newer')).toMatch(/newer version/);
  });
});

describe('toStorageKey', () => {
  it('prefixes every key with the site name', () => {
    expect(toStorageKey('clients')).toBe('loyalty-playbook:clients');
  });
});
