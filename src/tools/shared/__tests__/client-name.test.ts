import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLIENT_NAME_MAX_CHARS, cleanClientName, cleanClientNames, isSameClientName, UNNAMED_CLIENT, validateClientName } from '../client-name';

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

describe('the one name rule', () => {
  // U+FEFF (byte-order mark) is not listed: JavaScript counts it as whitespace, so it is trimmed like a space.
  const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u202e', '\u0000', '\u0007', '\u007f', '\u00ad'];
  /** Names as people type or paste them: letters, spaces of every kind, and the odd invisible character. */
  const messyName = fc
    .array(fc.oneof(fc.constantFrom('a', 'B', 'é', '&', '1', ' ', '  ', '\t', '\n', '\u00a0', '\u3000'), fc.constantFrom(...INVISIBLE)), { maxLength: 30 })
    .map((parts) => parts.join(''));

  it('refuses control and zero-width characters, even on their own', () => {
    for (const character of INVISIBLE) {
      expect(validateClientName(character).ok).toBe(false);
      expect(validateClientName(`Ac${character}me`)).toEqual({ ok: false, message: expect.stringMatching(/invisible/) });
    }
  });

  it('treats line breaks and tabs as spaces', () => {
    expect(validateClientName('a\nb')).toEqual({ ok: true, name: 'a b' });
    expect(validateClientName('\tAcme\r\n Ltd ')).toEqual({ ok: true, name: 'Acme Ltd' });
  });

  it('accepts only tidy names: trimmed, single spaces, nothing invisible', () => {
    fc.assert(
      fc.property(messyName, (raw) => {
        const result = validateClientName(raw);
        if (!result.ok) return;
        expect(result.name).toBe(result.name.trim());
        expect(result.name).not.toMatch(/\s\s|[^\S ]|[\p{Cc}\p{Cf}]/u);
        expect(validateClientName(result.name)).toEqual(result);
      }),
    );
  });

  it('tidies any stored name into one the rule accepts as typed, or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(messyName, fc.string({ maxLength: 120 })), (raw) => {
        const cleaned = cleanClientName(raw);
        if (cleaned !== '') expect(validateClientName(cleaned)).toEqual({ ok: true, name: cleaned });
        expect(cleanClientName(cleaned)).toBe(cleaned);
      }),
    );
  });

  it('counts names that differ in case, spacing or invisible characters as the same client', () => {
    fc.assert(
      fc.property(messyName, fc.constantFrom(' ', '  ', '\n', '\u200b'), (raw, extra) => {
        expect(isSameClientName(raw, `${extra}${raw.toUpperCase()}${extra}`)).toBe(true);
      }),
    );
    expect(isSameClientName('  Acme  ', 'ACME')).toBe(true);
  });

  it('keeps a stored name with nothing visible reachable as an unnamed client', () => {
    expect(cleanClientNames([{ id: 'a', name: '\u200b' }, { id: 'b', name: ' ' }, { id: 'c', name: '  Acme  ' }, { id: 'd', name: 'a\nb' }])).toEqual([
      { id: 'a', name: UNNAMED_CLIENT },
      { id: 'b', name: `${UNNAMED_CLIENT} 2` },
      { id: 'c', name: 'Acme' },
      { id: 'd', name: 'a b' },
    ]);
  });
});
