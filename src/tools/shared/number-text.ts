/**
 * Reading numbers typed into text fields. The tools use `type="text" inputmode="decimal"` rather than
 * `type="number"`: a number field hides what was typed from the page (letters read as empty, "5,5" as 55
 * in some locales), so it cannot say what is wrong. This reads what people type: spaces around the
 * number, a decimal comma or point, a sign. Letters (including `NaN` and `Infinity`) are not a number.
 */

/** The outcome of reading a number field's text. */
export type NumberTextResult = { ok: true; value: number } | { ok: false; problem: 'empty' | 'not-a-number' | 'too-large' };

/** Digits with at most one decimal comma or point, an optional sign and exponent (`1e1` is what a number field accepted). */
const NUMBER_PATTERN = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a number typed by a person.
 * @param text the field's text
 * @example readNumberText(' 7,0 ') // { ok: true, value: 7 }
 */
export function readNumberText(text: string): NumberTextResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (!NUMBER_PATTERN.test(trimmed)) return { ok: false, problem: 'not-a-number' };
  const value = Number(trimmed.replace(',', '.'));
  // `1e400` is written as a number but is beyond what JavaScript holds (it reads as Infinity).
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'too-large' };
}
