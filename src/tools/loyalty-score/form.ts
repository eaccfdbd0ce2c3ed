/**
 * The scorer's form: the seven inputs as users see them (labels and what a 0, 5 and 10 look like),
 * checking what is typed, and share links. Pure functions; the model itself is `./loyalty-score.ts`.
 */
import { readNumberText } from '../shared/number-text';
import { INPUT_IDS, RATING_MAX, RATING_MIN, type Entries, type FactorId, type InputId } from './model';

/** How an input appears on the form. */
export interface InputDefinition {
  id: InputId;
  factor: FactorId;
  /** The field's label, exactly. */
  label: string;
  /** What a 0, a 5 and a 10 look like, in one line. */
  hint: string;
}

/** The seven inputs with their labels and hints, grouped by factor in form order. */
export const INPUTS: readonly InputDefinition[] = [
  {
    id: 'core',
    factor: 'value',
    label: 'Core value',
    hint: '0: falls short of what they hired you for. 5: done as agreed. 10: clearly improves their results.',
  },
  {
    id: 'surprise',
    factor: 'value',
    label: 'Surprise value',
    hint: '0: nothing beyond the brief. 5: a useful idea now and then. 10: regular, unexpected insight.',
  },
  {
    id: 'personal',
    factor: 'value',
    label: 'Personal value',
    hint: '0: you do not know your contact’s own goals. 5: you know, but rarely help. 10: you help them get there.',
  },
  {
    id: 'integrity',
    factor: 'trust',
    label: 'Integrity',
    hint: '0: broken promises or leaked confidences. 5: honest, some loose ends. 10: every promise kept, every secret safe.',
  },
  {
    id: 'competence',
    factor: 'trust',
    label: 'Competence',
    hint: '0: they check all your work. 5: solid, nothing more. 10: they ask your opinion first.',
  },
  {
    id: 'delivery',
    factor: 'trust',
    label: 'Delivery',
    hint: '0: deadlines often missed. 5: mostly on time, after reminders. 10: always on time, without chasing.',
  },
  {
    id: 'extraMile',
    factor: 'extraMile',
    label: 'Extra mile',
    hint: '0: strictly the contract. 5: an occasional favour. 10: often help beyond the deal, unpaid.',
  },
];

/** The outcome of checking what was typed in a rating field. */
export type EntryCheck = { ok: true; value: number } | { ok: false; message: string };

const RANGE_TEXT = `a whole number from ${RATING_MIN} to ${RATING_MAX}`;

/**
 * Checks what was typed in a rating field (spaces and a decimal comma are fine: `readNumberText`).
 * @param text the field's text
 * @param isBadInput true when the browser reports text it could not read as a number (its value is then "")
 */
export function checkEntry(text: string, isBadInput = false): EntryCheck {
  const read = readNumberText(text);
  if (isBadInput || (!read.ok && read.problem === 'not-a-number')) {
    return { ok: false, message: `Not a number. Enter ${RANGE_TEXT}.` };
  }
  if (!read.ok && read.problem === 'empty') return { ok: false, message: `Empty. Enter ${RANGE_TEXT}.` };
  const outOfRange = { ok: false, message: `Out of range. Enter ${RANGE_TEXT}.` } as const;
  if (!read.ok) return outOfRange;
  const value = read.value;
  if (!Number.isInteger(value)) return { ok: false, message: `No fractions. Enter ${RANGE_TEXT}.` };
  if (value < RATING_MIN || value > RATING_MAX) return outOfRange;
  // Number('-0') is -0; a rating has no sign.
  return { ok: true, value: Math.abs(value) };
}

/** A share link's query, already decoded. */
export interface ShareQueryResult {
  /** The valid ratings found. */
  entries: Partial<Entries>;
  /** Inputs whose value in the link was not a valid rating, with what the link held. */
  ignored: { id: InputId; label: string; text: string }[];
}

/**
 * Writes the ratings as a URL query (without the `?`), in form order. The client name is left out: a
 * link pasted into a chat should not name a client.
 * @param entries the ratings
 */
export function toShareQuery(entries: Entries): string {
  return new URLSearchParams(INPUT_IDS.map((id) => [id, String(entries[id])])).toString();
}

/**
 * Reads the ratings from a URL query. Unknown parameters are not the scorer's and are left alone.
 * @param search a query string, with or without the leading `?`
 */
export function readShareQuery(search: string): ShareQueryResult {
  const params = new URLSearchParams(search);
  const result: ShareQueryResult = { entries: {}, ignored: [] };
  for (const input of INPUTS) {
    const text = params.get(input.id);
    if (text === null) continue;
    const check = checkEntry(text);
    if (check.ok) result.entries[input.id] = check.value;
    else result.ignored.push({ id: input.id, label: input.label, text });
  }
  return result;
}
