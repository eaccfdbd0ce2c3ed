/**
 * The loyalty-equation scorer's form: ratings, client name, and the score they give.
 *
 * Data shape:
 * - `$draft` (saved store `loyalty-score`, version 2, shape in `./schema.ts`): the last valid rating of
 *   each input the user has rated (none at first: nothing is assumed), the client name as typed, and which
 *   saved scorecard was reopened, if any.
 * - `$fieldTexts` (memory only): what each rating field shows, which may be invalid while the user types;
 *   the score keeps using the draft's last valid ratings meanwhile (`checkFieldTexts` says which). An empty
 *   field is an input not rated (yet, or again).
 *
 * Lifecycle: `$draft` reads localStorage on first import in the browser and writes on every change; other
 * tabs follow through the storage event, and `$fieldTexts` follows the draft whenever a rating changes
 * from elsewhere (a reopened scorecard, a share link, another tab).
 *
 * Saved scorecards live in `./store.ts` and `./scorecards-store.ts`, which the scorer loads only once
 * scorecards exist or the user starts naming a client: they bring the client list and nanoid, which a
 * first visit does not need.
 */
import { atom } from 'nanostores';
import { INPUT_IDS, SCORECARDS_STORE_NAME, type InputId, type Ratings } from './model';
import { checkEntry, readShareQuery, type EntryCheck, type ShareQueryResult } from './form';
import { DRAFT_NAME_MAX_CHARS, INITIAL_DRAFT, SCORER_DRAFT_MIGRATIONS, SCORER_DRAFT_VERSION } from './migrations';
import type { ScorerDraft } from './schema';
import { createDeferredSavedStore } from '../shared/saved-store';

/** Where a new form starts: nothing rated. */
export { INITIAL_DRAFT };

/** The form as last left, kept in this browser. */
export const $draft = await createDeferredSavedStore<ScorerDraft>({
  name: 'loyalty-score',
  label: 'Loyalty-equation scorer',
  version: SCORER_DRAFT_VERSION,
  loadSchema: () => import('./schema').then((schema) => schema.ScorerDraftSchema),
  initial: INITIAL_DRAFT,
  migrations: SCORER_DRAFT_MIGRATIONS,
});

/**
 * Names of the saved stores the saved-scorecard list reads: when any holds data, the scorer loads the
 * list right away rather than when the user first needs it.
 */
export const SCORECARD_STORE_NAMES = [SCORECARDS_STORE_NAME, 'clients'] as const;

/** Names of the saved stores the scorer reads, for its set-aside notices. */
export const SCORER_STORE_NAMES = ['loyalty-score', ...SCORECARD_STORE_NAMES] as const;

/** What a rating field shows, and whether the browser could read it as a number. */
export interface FieldText {
  text: string;
  /** True when the browser holds text it could not read as a number (its value is then ""). */
  isBadInput: boolean;
}

/**
 * Returns what the rating fields show for a set of ratings: empty for an input not rated.
 * @param ratings the ratings entered so far
 */
export function toFieldTexts(ratings: Ratings): Record<InputId, FieldText> {
  return Object.fromEntries(INPUT_IDS.map((id) => [id, { text: toFieldText(ratings[id]), isBadInput: false }])) as Record<InputId, FieldText>;
}

function toFieldText(rating: number | undefined): string {
  return rating === undefined ? '' : String(rating);
}

/** A field left empty: the input is not rated, which is not an error. */
export interface UnratedCheck {
  ok: true;
  value: undefined;
}

/** What checking a field gives: a rating, an error, or nothing rated. */
export type FieldCheck = EntryCheck | UnratedCheck;

/**
 * Checks what one rating field shows; an empty field is an input not rated.
 * @param text the field's text
 * @param isBadInput true when the browser could not read the text as a number
 */
export function checkFieldText(text: string, isBadInput: boolean): FieldCheck {
  if (!isBadInput && text.trim() === '') return { ok: true, value: undefined };
  return checkEntry(text, isBadInput);
}

/** What each rating field shows. */
export const $fieldTexts = atom<Record<InputId, FieldText>>(toFieldTexts($draft.get().entries));

$draft.listen((draft, old) => {
  // Only the ratings that changed are copied into the fields, so an invalid entry being typed in another
  // field is not wiped by a change elsewhere.
  const texts = $fieldTexts.get();
  const next = { ...texts };
  let changed = false;
  for (const id of INPUT_IDS) {
    if (old && old.entries[id] === draft.entries[id]) continue;
    const shown = checkFieldText(texts[id].text, texts[id].isBadInput);
    if (shown.ok && shown.value === draft.entries[id]) continue;
    next[id] = { text: toFieldText(draft.entries[id]), isBadInput: false };
    changed = true;
  }
  if (changed) $fieldTexts.set(next);
});

/**
 * Checks what every rating field shows. A function rather than a `computed` store: the island derives it
 * while rendering, which keeps nanostores' computed module out of the scorer's first download.
 * @param texts what the fields show
 */
export function checkFieldTexts(texts: Record<InputId, FieldText>): Record<InputId, FieldCheck> {
  return Object.fromEntries(INPUT_IDS.map((id) => [id, checkFieldText(texts[id].text, texts[id].isBadInput)])) as Record<InputId, FieldCheck>;
}

/**
 * Tells whether any field holds an invalid entry (the score then shows the last valid ratings).
 * @param checks the fields' checks
 */
export function hasInvalidEntry(checks: Record<InputId, FieldCheck>): boolean {
  return INPUT_IDS.some((id) => !checks[id].ok);
}

/**
 * Records what a rating field shows; a valid entry becomes the draft's rating at once, and an emptied
 * field takes the input's rating away (it is then asked for again, never assumed).
 * @param id the input
 * @param text the field's text
 * @param isBadInput true when the browser could not read the text as a number
 */
export function setFieldText(id: InputId, text: string, isBadInput = false): void {
  $fieldTexts.set({ ...$fieldTexts.get(), [id]: { text, isBadInput } });
  const check = checkFieldText(text, isBadInput);
  const draft = $draft.get();
  if (!check.ok || draft.entries[id] === check.value) return;
  // Rebuilt in form order, as the schema reads it back, so the saved text never depends on typing order.
  const next = { ...draft.entries, [id]: check.value };
  const entries = Object.fromEntries(INPUT_IDS.flatMap((input) => (next[input] === undefined ? [] : [[input, next[input]]]))) as Ratings;
  $draft.set({ ...draft, entries });
}

/**
 * Records the client name as typed.
 * @param text the field's text
 */
export function setClientName(text: string): void {
  $draft.set({ ...$draft.get(), clientName: text.slice(0, DRAFT_NAME_MAX_CHARS) });
}

/**
 * Fills the whole form, replacing whatever the fields show (a reopened scorecard, a new one).
 * @param draft the form to show
 */
export function fillForm(draft: ScorerDraft): void {
  $draft.set(draft);
  $fieldTexts.set(toFieldTexts(draft.entries));
}

/** Starts a fresh scorecard: nothing rated, no client. */
export function startNewScorecard(): void {
  fillForm(INITIAL_DRAFT);
}

/**
 * Fills the form from a share link's query. The link's valid ratings replace the whole form, and inputs the
 * link does not rate are left to rate (the form's own ratings are not mixed in); the client name and the
 * reopened scorecard are cleared, since the link's ratings belong to whoever sent it.
 * @param search the page's query string
 * @returns what was read, or undefined when the query holds nothing for the scorer
 */
export function applyShareQuery(search: string): ShareQueryResult | undefined {
  const read = readShareQuery(search);
  const found = Object.keys(read.entries).length;
  if (found === 0 && read.ignored.length === 0) return undefined;
  if (found > 0) fillForm({ entries: read.entries, clientName: '' });
  return read;
}
