/**
 * Client names are typed by users and shown, saved and exported by every tool; one rule checks them all,
 * whether typed, read from saved data or imported from a backup:
 * - whitespace (spaces, tabs, line breaks, no-break spaces) is trimmed and collapsed to one space;
 * - control and invisible format characters (zero-width spaces and joiners, direction marks: Unicode
 *   categories Cc and Cf) are refused when typed, and removed from data that is read;
 * - two names that differ only in case and spacing are the same client.
 */

/** Longest client name accepted (fits a calendar summary and a table cell). */
export const CLIENT_NAME_MAX_CHARS = 80;

/** What a name read from saved data or a backup becomes when nothing visible is left of it. */
export const UNNAMED_CLIENT = 'Unnamed client';

/** Control and invisible format characters: they look like nothing, so two "equal" names could differ. */
const INVISIBLE_PATTERN = /[\p{Cc}\p{Cf}]/u;

/** The outcome of checking a client name. */
export type ClientNameResult = { ok: true; name: string } | { ok: false; message: string };

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Checks a client name: trims it, collapses inner whitespace, and refuses empty, invisible-character or
 * over-long names. Markup and quotes are allowed: they are always shown and exported as text.
 * @param raw what the user typed
 */
export function validateClientName(raw: string): ClientNameResult {
  const name = collapseWhitespace(raw);
  if (INVISIBLE_PATTERN.test(name)) {
    return collapseWhitespace(name.replace(new RegExp(INVISIBLE_PATTERN, 'gu'), '')) === ''
      ? { ok: false, message: 'Enter the client’s name (what was typed has no visible characters).' }
      : { ok: false, message: 'Remove the invisible characters from the client’s name (they often come with copied text).' };
  }
  if (name === '') return { ok: false, message: 'Enter the client’s name.' };
  if ([...name].length > CLIENT_NAME_MAX_CHARS) {
    return { ok: false, message: `Use at most ${CLIENT_NAME_MAX_CHARS} characters for the client’s name.` };
  }
  return { ok: true, name };
}

/**
 * Tidies a name read from saved data or a backup, where nobody can be asked: removes invisible
 * characters, collapses whitespace and cuts it to the longest name accepted. May return `''`.
 * @param raw the stored name
 */
export function cleanClientName(raw: string): string {
  const name = collapseWhitespace(collapseWhitespace(raw).replace(new RegExp(INVISIBLE_PATTERN, 'gu'), ''));
  return [...name].slice(0, CLIENT_NAME_MAX_CHARS).join('').trim();
}

/**
 * Compares client names the way a person would: case and spacing do not make a different client.
 * @param a a client name
 * @param b another client name
 */
export function isSameClientName(a: string, b: string): boolean {
  const fold = (s: string) => cleanClientName(s).toLocaleLowerCase('en');
  return fold(a) === fold(b);
}

/**
 * Tidies every name of a client list read from storage or a file ({@link cleanClientName}); a name with
 * nothing visible left becomes "Unnamed client" (numbered when there are several), so the records that
 * point at the client stay reachable and can be renamed.
 * @param clients the list as read
 */
export function cleanClientNames<T extends { name: string }>(clients: readonly T[]): T[] {
  let unnamed = 0;
  return clients.map((client) => {
    const name = cleanClientName(client.name);
    if (name !== '') return name === client.name ? client : { ...client, name };
    unnamed += 1;
    return { ...client, name: unnamed === 1 ? UNNAMED_CLIENT : `${UNNAMED_CLIENT} ${unnamed}` };
  });
}

/** Shown in place of a client's name when a record outlives the client's entry in the list. */
export const REMOVED_CLIENT_NAME = 'Client removed from your list';
