/**
 * The loyalty-equation scorer's state and actions.
 *
 * Data shape:
 * - `$draft` (saved store `loyalty-score`, version 1): the form as last left — the last valid rating of
 *   every input, the client name as typed, and which saved scorecard was reopened, if any.
 * - `$scorecards` (saved store `loyalty-scorecards`, version 1): every saved {@link Scorecard}, oldest
 *   first; each names its client by id in the shared client list.
 * - `$fieldTexts` (memory only): what each rating field shows, which may be invalid while the user types;
 *   the score keeps using the draft's last valid ratings meanwhile.
 * - `$deleted` (memory only): the last deleted scorecard, until it is restored or the undo is dismissed.
 *
 * Lifecycle: both saved stores read localStorage on first import in the browser and write on every
 * change; other tabs follow through the storage event, and `$fieldTexts` follows the draft whenever a
 * rating changes from elsewhere (a reopened scorecard, a share link, another tab).
 */
import { nanoid } from 'nanoid';
import { atom, computed, type ReadableAtom } from 'nanostores';
import { z } from 'zod/mini';
import type { IsoDate } from '../lib/calendar-date';
import { isSameClientName, validateClientName } from '../lib/client-name';
import {
  checkEntry,
  INPUT_IDS,
  MIDDLE_ENTRIES,
  RATING_MAX,
  RATING_MIN,
  readShareQuery,
  scoreLoyalty,
  type Entries,
  type EntryCheck,
  type InputId,
  type LoyaltyResult,
  type ShareQueryResult,
} from '../lib/loyalty-score';
import {
  addScorecard,
  findBaseline,
  listLatestScores,
  rankScorecards,
  type RankedScorecard,
  type Scorecard,
} from '../lib/loyalty-score-history';
import { $clients, addClient, findClient, renameClient } from './clients';
import { createSavedStore } from './saved-store';
import { $today } from './today';

/** A client's most recent saved loyalty score. */
export interface LatestClientScore {
  clientId: string;
  /** Loyalty score, a whole number 0–100. */
  score: number;
  /** The day the scorecard was saved. */
  savedOn: IsoDate;
}

/** The scorer's form as last left. */
export interface ScorerDraft {
  entries: Entries;
  /** The client name field as typed (a form field, not a record: saved scorecards hold the client id). */
  clientName: string;
  /** The saved scorecard the form was filled from, if any. */
  openedScorecardId?: string;
}

/** Longest client-name text kept in the draft; names are checked (80 characters) only when saving. */
const DRAFT_NAME_MAX_CHARS = 1000;

const RatingSchema = z.int().check(z.minimum(RATING_MIN), z.maximum(RATING_MAX));

const EntriesSchema = z.object(Object.fromEntries(INPUT_IDS.map((id) => [id, RatingSchema])) as Record<InputId, typeof RatingSchema>);

const DraftSchema = z.object({
  entries: EntriesSchema,
  clientName: z.string().check(z.maxLength(DRAFT_NAME_MAX_CHARS)),
  openedScorecardId: z.optional(z.string()),
});

/** `YYYY-MM-DD`; a pattern, not a full date check, to keep date parsing out of the tool's download. */
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const ScorecardSchema = z.object({
  id: z.string().check(z.minLength(1)),
  clientId: z.string().check(z.minLength(1)),
  savedOn: z.string().check(z.regex(ISO_DATE_PATTERN)),
  entries: EntriesSchema,
});

/** Where a new form starts. */
export const INITIAL_DRAFT: ScorerDraft = { entries: MIDDLE_ENTRIES, clientName: '' };

/** The form as last left, kept in this browser. */
export const $draft = createSavedStore<ScorerDraft>({
  name: 'loyalty-score',
  label: 'Loyalty-equation scorer',
  version: 1,
  schema: DraftSchema,
  initial: INITIAL_DRAFT,
});

/** Every saved scorecard, oldest first. */
export const $scorecards = createSavedStore<Scorecard[]>({
  name: 'loyalty-scorecards',
  label: 'Loyalty-equation scorecard',
  version: 1,
  schema: z.array(ScorecardSchema),
  initial: [],
});

/** Names of the saved stores the scorer reads, for its set-aside notices. */
export const SCORER_STORE_NAMES = ['loyalty-score', 'loyalty-scorecards', 'clients'] as const;

/** What a rating field shows, and whether the browser could read it as a number. */
export interface FieldText {
  text: string;
  /** True when the browser holds text it could not read as a number (its value is then ""). */
  isBadInput: boolean;
}

function toFieldTexts(entries: Entries): Record<InputId, FieldText> {
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

/** The check of every rating field. */
export const $fieldChecks: ReadableAtom<Record<InputId, EntryCheck>> = computed($fieldTexts, (texts) =>
  Object.fromEntries(INPUT_IDS.map((id) => [id, checkEntry(texts[id].text, texts[id].isBadInput)])) as Record<InputId, EntryCheck>,
);

/** Whether any field holds an invalid entry (the score then shows the last valid ratings). */
export const $isWaitingForValidEntry: ReadableAtom<boolean> = computed($fieldChecks, (checks) =>
  INPUT_IDS.some((id) => !checks[id].ok),
);

/** The score of the last valid ratings. */
export const $result: ReadableAtom<LoyaltyResult> = computed($draft, (draft) => scoreLoyalty(draft.entries));

/** The latest saved loyalty score of each client, by client id. */
export const $latestScoreByClient: ReadableAtom<Record<string, LatestClientScore>> = computed($scorecards, (cards) =>
  listLatestScores(cards),
);

/** A saved scorecard as the list shows it. */
export interface ScorecardRow extends RankedScorecard {
  /** The client's current name, or undefined when the client was removed from the client list. */
  clientName: string | undefined;
}

/** Saved scorecards, highest score first, with their client's current name. */
export const $scorecardRows: ReadableAtom<ScorecardRow[]> = computed([$scorecards, $clients], (cards, clients) =>
  rankScorecards(cards).map((row) => ({ ...row, clientName: clients.find((c) => c.id === row.card.clientId)?.name })),
);

/** The client on the form, when its name is a known client. */
function findDraftClientId(draft: ScorerDraft, clients: readonly { id: string; name: string }[]): string | undefined {
  return clients.find((client) => isSameClientName(client.name, draft.clientName))?.id;
}

/** The form's score compared with the client's previous scorecard ("vs last time"). */
export interface Comparison {
  baseline: Scorecard;
  baselineScore: number;
  /** The form's score minus the baseline's. */
  change: number;
}

/** "vs last time" for the form, or undefined when the client has no earlier scorecard. */
export const $comparison: ReadableAtom<Comparison | undefined> = computed(
  [$draft, $scorecards, $clients, $result],
  (draft, cards, clients, result) => {
    const baseline = findBaseline(cards, findDraftClientId(draft, clients), draft.openedScorecardId);
    if (!baseline) return undefined;
    const baselineScore = scoreLoyalty(baseline.entries).score;
    return { baseline, baselineScore, change: result.score - baselineScore };
  },
);

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

/** Starts a fresh scorecard: every rating back to the middle, no client. */
export function startNewScorecard(): void {
  $draft.set(INITIAL_DRAFT);
  $fieldTexts.set(toFieldTexts(INITIAL_DRAFT.entries));
}

/** The outcome of saving a scorecard. */
export type SaveResult =
  | { ok: true; clientName: string; score: number; replacedToday: boolean }
  | { ok: false; field: 'clientName' | 'entries'; message: string };

/** Saves the form as today's scorecard for the client named on it (adding the client if new). */
export function saveScorecard(): SaveResult {
  if ($isWaitingForValidEntry.get()) {
    return { ok: false, field: 'entries', message: 'Correct the highlighted ratings before saving.' };
  }
  const draft = $draft.get();
  const checked = validateClientName(draft.clientName);
  if (!checked.ok) {
    const message = draft.clientName.trim() === '' ? 'Enter the client’s name to save this scorecard.' : checked.message;
    return { ok: false, field: 'clientName', message };
  }
  const added = addClient(checked.name);
  if (!added.ok) return { ok: false, field: 'clientName', message: added.message };
  const savedOn = $today.get();
  const cards = $scorecards.get();
  const replacedToday = cards.some((card) => card.clientId === added.client.id && card.savedOn === savedOn);
  const card: Scorecard = { id: nanoid(10), clientId: added.client.id, savedOn, entries: draft.entries };
  $scorecards.set(addScorecard(cards, card));
  $draft.set({ ...draft, clientName: added.client.name, openedScorecardId: card.id });
  return { ok: true, clientName: added.client.name, score: scoreLoyalty(card.entries).score, replacedToday };
}

/**
 * Fills the form from a saved scorecard.
 * @param id the scorecard's id
 * @returns false when the scorecard no longer exists
 */
export function openScorecard(id: string): boolean {
  const card = $scorecards.get().find((c) => c.id === id);
  if (!card) return false;
  $draft.set({ entries: card.entries, clientName: findClient(card.clientId)?.name ?? '', openedScorecardId: card.id });
  $fieldTexts.set(toFieldTexts(card.entries));
  return true;
}

/**
 * Renames the client of a scorecard, everywhere the client appears. A client that was removed from the
 * client list is added back under the new name, with all of its scorecards.
 * @param id the scorecard's id
 * @param rawName the new name
 */
export function renameScorecardClient(id: string, rawName: string): { ok: true; name: string } | { ok: false; message: string } {
  const card = $scorecards.get().find((c) => c.id === id);
  if (!card) return { ok: false, message: 'This scorecard no longer exists.' };
  const client = findClient(card.clientId);
  let clientId = card.clientId;
  if (client) {
    const renamed = renameClient(client.id, rawName);
    if (!renamed.ok) return renamed;
  } else {
    const added = addClient(rawName);
    if (!added.ok) return added;
    clientId = added.client.id;
    $scorecards.set($scorecards.get().map((c) => (c.clientId === card.clientId ? { ...c, clientId } : c)));
  }
  const name = findClient(clientId)?.name ?? '';
  const draft = $draft.get();
  // The form follows the rename when it shows this client.
  if (client && isSameClientName(draft.clientName, client.name)) $draft.set({ ...draft, clientName: name });
  return { ok: true, name };
}

/** The last deleted scorecard and where it stood, so Undo can put it back. */
export interface DeletedScorecard {
  card: Scorecard;
  index: number;
  clientName: string | undefined;
}

/** The last deleted scorecard, until restored or dismissed. */
export const $deleted = atom<DeletedScorecard | undefined>(undefined);

/**
 * Deletes a saved scorecard (Undo can restore it).
 * @param id the scorecard's id
 */
export function deleteScorecard(id: string): void {
  const cards = $scorecards.get();
  const index = cards.findIndex((c) => c.id === id);
  if (index < 0) return;
  const card = cards[index]!;
  $deleted.set({ card, index, clientName: findClient(card.clientId)?.name });
  $scorecards.set(cards.filter((c) => c.id !== id));
}

/** Puts the last deleted scorecard back where it was. */
export function undoDelete(): void {
  const deleted = $deleted.get();
  if (!deleted) return;
  const cards = $scorecards.get().filter((c) => c.id !== deleted.card.id);
  cards.splice(Math.min(deleted.index, cards.length), 0, deleted.card);
  $scorecards.set(cards);
  $deleted.set(undefined);
}

/** Forgets the last deleted scorecard (the Undo offer goes away). */
export function dismissUndo(): void {
  $deleted.set(undefined);
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
  if (found > 0) {
    const entries = { ...$draft.get().entries, ...read.entries };
    $draft.set({ entries, clientName: '' });
    $fieldTexts.set(toFieldTexts(entries));
  }
  return read;
}
