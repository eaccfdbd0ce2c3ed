/**
 * The loyalty-equation scorer's form: ratings, client name, and the score they give.
 *
 * Data shape:
 * - `$draft` (saved store `loyalty-score`, version 1, shape in `./schema.ts`): the last valid rating of
 *   every input, the client name as typed, and which saved scorecard was reopened, if any.
 * - `$fieldTexts` (memory only): what each rating field shows, which may be invalid while the user types;
 *   the score keeps using the draft's last valid ratings meanwhile (`checkFieldTexts` says which).
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
import { INPUT_IDS, MIDDLE_ENTRIES, SCORECARDS_STORE_NAME, type Entries, type InputId } from './model';
import { checkEntry, readShareQuery, type EntryCheck, type ShareQueryResult } from './form';
import { DRAFT_NAME_MAX_CHARS, ScorerDraftSchema, type ScorerDraft } from './schema';
import { createSavedStore } from '../shared/saved-store';

/** Where a new form starts. */
export const INITIAL_DRAFT: ScorerDraft = { entries: MIDDLE_ENTRIES, clientName: '' };

/** The form as last left, kept in this browser. */
export const $draft = createSavedStore<ScorerDraft>({
  name: 'loyalty-score',
  label: 'Loyalty-equation scorer',
  version: 1,
  schema: ScorerDraftSchema,
  initial: INITIAL_DRAFT,
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
 * Returns what the rating fields show for a set of ratings.
 * @param entries the ratings
 */
export function toFieldTexts(entries: Entries): Record<InputId, FieldText> {
  return Object.fromEntries(INPUT_IDS.map((id) => [id, { text: String(entries[id]), isBadInput: false }])) as Record<InputId, FieldText>;
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
    const shown = checkEntry(texts[id].text, texts[id].isBadInput);
    if (shown.ok && shown.value === draft.entries[id]) continue;
    next[id] = { text: String(draft.entries[id]), isBadInput: false };
    changed = true;
  }
  if (changed) $fieldTexts.set(next);
});

/**
 * Checks what every rating field shows. A function rather than a `computed` store: the island derives it
 * while rendering, which keeps nanostores' computed module out of the scorer's first download.
 * @param texts what the fields show
 */
export function checkFieldTexts(texts: Record<InputId, FieldText>): Record<InputId, EntryCheck> {
  return Object.fromEntries(INPUT_IDS.map((id) => [id, checkEntry(texts[id].text, texts[id].isBadInput)])) as Record<InputId, EntryCheck>;
}

/**
 * Tells whether any field holds an invalid entry (the score then shows the last valid ratings).
 * @param checks the fields' checks
 */
export function hasInvalidEntry(checks: Record<InputId, EntryCheck>): boolean {
  return INPUT_IDS.some((id) => !checks[id].ok);
}

/**
 * Records what a rating field shows; a valid entry becomes the draft's rating at once.
 * @param id the input
 * @param text the field's text
 * @param isBadInput true when the browser could not read the text as a number
 */
export function setFieldText(id: InputId, text: string, isBadInput = false): void {
  $fieldTexts.set({ ...$fieldTexts.get(), [id]: { text, isBadInput } });
  const check = checkEntry(text, isBadInput);
  if (check.ok && $draft.get().entries[id] !== check.value) {
    const draft = $draft.get();
    $draft.set({ ...draft, entries: { ...draft.entries, [id]: check.value } });
  }
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

/** Starts a fresh scorecard: every rating back to the middle, no client. */
export function startNewScorecard(): void {
  fillForm(INITIAL_DRAFT);
}

/**
 * Fills the form from a share link's query. Valid ratings replace the form's; the client name and the
 * reopened scorecard are cleared, since the link's ratings belong to whoever sent it.
 * @param search the page's query string
 * @returns what was read, or undefined when the query holds nothing for the scorer
 */
export function applyShareQuery(search: string): ShareQueryResult | undefined {
  const read = readShareQuery(search);
  const found = Object.keys(read.entries).length;
  if (found === 0 && read.ignored.length === 0) return undefined;
  if (found > 0) fillForm({ entries: { ...$draft.get().entries, ...read.entries }, clientName: '' });
  return read;
}
