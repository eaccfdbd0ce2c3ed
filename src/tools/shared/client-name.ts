/**
 * Client names are typed by users and shown, saved and exported by every tool; one rule checks them all.
 */

/** Longest client name accepted (fits a calendar summary and a table cell). */
export const CLIENT_NAME_MAX_CHARS = 80;

/** The outcome of checking a client name. */
export type ClientNameResult = { ok: true; name: string } | { ok: false; message: string };

/**
 * Checks a client name: trims it, collapses inner whitespace, and refuses empty or over-long names.
 * Markup and quotes are allowed: they are always shown and exported as text.
 * @param raw what the user typed
 */
export function validateClientName(raw: string): ClientNameResult {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name === '') return { ok: false, message: 'Enter the client’s name.' };
  if ([...name].length > CLIENT_NAME_MAX_CHARS) {
    return { ok: false, message: `Use at most ${CLIENT_NAME_MAX_CHARS} characters for the client’s name.` };
  }
  return { ok: true, name };
}

/**
 * Compares client names the way a person would: case and spacing do not make a different client.
 * @param a a client name
 * @param b another client name
 */
export function isSameClientName(a: string, b: string): boolean {
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
  return fold(a) === fold(b);
}

/** Shown in place of a client's name when a record outlives the client's entry in the list. */
export const REMOVED_CLIENT_NAME = 'Client removed from your list';
