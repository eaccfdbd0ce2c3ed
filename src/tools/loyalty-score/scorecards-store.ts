/**
 * The scorer's saved-scorecard list and its actions: save the form under a client, reopen, rename the
 * client, delete with undo, and "vs last time". Loaded on demand by the scorer (with the client list and
 * nanoid), so a first visit does not download it.
 *
 * Data shape: reads `$scorecards` (`./store.ts`), `$draft` (`./draft-store.ts`) and the
 * shared client list; `$deleted` (memory only) holds the last deleted scorecard until it is restored or
 * the undo is dismissed.
 * Lifecycle: created on first import; everything it writes goes through those saved stores.
 */
import { nanoid } from 'nanoid';
import { atom, computed, type ReadableAtom } from 'nanostores';
import { isSameClientName, validateClientName } from '../shared/client-name';
import { scoreLoyalty } from './model';
import { addScorecard, findBaseline, rankScorecards, type RankedScorecard } from './history';
import type { Scorecard, ScorerDraft } from './schema';
import { $clients, addClient, findClient, renameClient } from '../shared/clients';
import { $scorecards } from './store';
import { $draft, $fieldTexts, checkFieldTexts, fillForm, hasInvalidEntry } from './draft-store';
import { $today } from '../shared/today';

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
  [$draft, $scorecards, $clients, $today],
  (draft, cards, clients, today) => {
    const baseline = findBaseline(cards, {
      clientId: findDraftClientId(draft, clients),
      openedId: draft.openedScorecardId,
      entries: draft.entries,
      today,
    });
    if (!baseline) return undefined;
    const baselineScore = scoreLoyalty(baseline.entries).score;
    return { baseline, baselineScore, change: scoreLoyalty(draft.entries).score - baselineScore };
  },
);

/** The outcome of saving a scorecard. */
export type SaveResult =
  | { ok: true; clientName: string; score: number; replacedToday: boolean }
  | { ok: false; field: 'clientName' | 'entries'; message: string };

/** Saves the form as today's scorecard for the client named on it (adding the client if new). */
export function saveScorecard(): SaveResult {
  if (hasInvalidEntry(checkFieldTexts($fieldTexts.get()))) {
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
  fillForm({ entries: card.entries, clientName: findClient(card.clientId)?.name ?? '', openedScorecardId: card.id });
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
