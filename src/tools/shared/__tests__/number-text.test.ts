import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumberText } from '../number-text';

describe('readNumberText', () => {
  it.each([
    ['7', 7],
    [' 7 ', 7],
    ['7,0', 7],
    ['5,5', 5.5],
    ['5.5', 5.5],
    ['-3', -3],
    ['+2', 2],
    [',5', 0.5],
    ['1e1', 10],
  ])('reads %j as %d', (text, value) => {
    expect(readNumberText(text)).toEqual({ ok: true, value });
  });

  it.each(['abc', '7a', 'NaN', 'Infinity', '-Infinity', '0x10', '1,2,3', '1.2.3', '5 5', '–5', '.', ','])('refuses %j as not a number', (text) => {
    expect(readNumberText(text)).toEqual({ ok: false, problem: 'not-a-number' });
  });

  it('tells an empty field, and a number too large to hold, from one with letters', () => {
    expect(readNumberText('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(readNumberText('1e400')).toEqual({ ok: false, problem: 'too-large' });
  });

  it('reads every whole number as written, with spaces or a decimal comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom('', ' ', '  '), fc.boolean(), (n, pad, withComma) => {
        const text = `${pad}${n}${withComma ? ',0' : ''}${pad}`;
        expect(readNumberText(text)).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('never yields NaN or an infinity', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const read = readNumberText(text);
        if (read.ok) expect(Number.isFinite(read.value)).toBe(true);
      }),
    );
  });
});
