import { describe, expect, it } from 'vitest';
import { CLIENT_NAME_MAX_CHARS, isSameClientName, validateClientName } from '../client-name';

describe('validateClientName', () => {
  it('trims and collapses whitespace', () => {
    expect(validateClientName('  Acme   & Sons ')).toEqual({ ok: true, name: 'Acme & Sons' });
  });

  it('keeps markup and quotes as plain text', () => {
    expect(validateClientName('Acme & Sons <Ltd> "x"')).toEqual({ ok: true, name: 'Acme & Sons <Ltd> "x"' });
  });

  it('refuses an empty name', () => {
    expect(validateClientName('   ').ok).toBe(false);
  });

  it(`refuses a name over ${CLIENT_NAME_MAX_CHARS} characters and names the limit`, () => {
    const result = validateClientName('x'.repeat(CLIENT_NAME_MAX_CHARS + 1));
    expect(result).toEqual({ ok: false, message: expect.stringContaining(String(CLIENT_NAME_MAX_CHARS)) });
    expect(validateClientName('x'.repeat(CLIENT_NAME_MAX_CHARS)).ok).toBe(true);
  });
});

describe('isSameClientName', () => {
  it('ignores case and spacing', () => {
    expect(isSameClientName('acme  ltd', 'Acme Ltd')).toBe(true);
    expect(isSameClientName('Acme', 'Acme Ltd')).toBe(false);
  });
});
