/**
 * The weekly loyalty checklist's state and actions.
 *
 * Data shape:
 * - {@link $checklist}: `ChecklistData` (see `src/tools/weekly-checklist/schema.ts`) in the saved store
 *   `weekly-checklist`, version 2: `{ weeks: { 'YYYY-Www': WeekSheet }, paper?: 'a4' | 'letter' }`. A week's
 *   sheet holds ticks by habit, a note per habit, up to five key clients (client ids from `$clients`, never
 *   names) and the review. Version 1 data is migrated on reading.
 * - {@link $viewedWeek} (not saved): the week the user stepped to with previous/next, or undefined to follow
 *   today's week.
 * - {@link $knownClients} (not saved here): the shared client list, once loaded.
 *
 * Lifecycle: read from localStorage on first import (other tabs' changes arrive through the `storage` event);
 * every action writes the whole envelope back. Weeks are never dropped when they end, so history builds up;
 * a week whose sheet becomes empty again is removed, since it holds nothing to keep. The client list loads
 * only when a sheet names key clients or the user starts typing one, so a first visit does not download it.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import {
  clampText,
  findWeekOf,
  guessPaperSize,
  isSheetEmpty,
  setTickOnSheet,
  summarizeWeeks,
  tallyWeek,
  EMPTY_CHECKLIST,
  KEY_CLIENT_SLOTS,
  NOTE_MAX_CHARS,
  REVIEW_ANSWER_MAX_CHARS,
  shiftWeek,
  type HabitId,
  type ReviewQuestionId,
  type WeekKey,
  type WeekSummary,
  type WeekdayId,
} from './model';
import { CHECKLIST_DATA_VERSION, CHECKLIST_MIGRATIONS } from './migrations';
import type { ChecklistData, PaperSize, WeekSheet } from './schema';
import type { Client } from '../shared/clients';
import { createLazyLoader } from '../shared/lazy-load';
import { createDeferredSavedStore } from '../shared/saved-store';
import { $today } from '../shared/today';

/** Everything the checklist saves, by week. */
export const $checklist = await createDeferredSavedStore<ChecklistData>({
  name: 'weekly-checklist',
  label: 'weekly checklist',
  version: CHECKLIST_DATA_VERSION,
  loadSchema: () => import('./schema').then((schema) => schema.ChecklistDataSchema),
  migrations: CHECKLIST_MIGRATIONS,
  initial: EMPTY_CHECKLIST,
});

/** The shared client list once {@link loadClients} has run; undefined before. */
export const $knownClients = atom<readonly Client[] | undefined>(undefined);

/** Loads the shared client list (once) and keeps {@link $knownClients} in step with it. */
export const loadClients = createLazyLoader(() =>
  import('../shared/clients').then((module) => {
    module.$clients.subscribe((clients) => $knownClients.set(clients));
    return module;
  }),
);

/** The week the user stepped to, or undefined to follow today's week. */
export const $viewedWeek = atom<WeekKey | undefined>(undefined);

/** Today's ISO week. */
export const $thisWeek: ReadableAtom<WeekKey> = computed($today, (today) => findWeekOf(today));

/** The week on screen: the one stepped to, else this week. */
export const $shownWeek: ReadableAtom<WeekKey> = computed([$viewedWeek, $thisWeek], (viewed, thisWeek) => viewed ?? thisWeek);

/** The sheet of the week on screen (`{}` when nothing is saved for it). */
export const $shownSheet: ReadableAtom<WeekSheet> = computed([$checklist, $shownWeek], (data, week) => data.weeks[week] ?? {});

/** This week's tally, for My plan: habits practised, ticks in all and whether the six-habit challenge is met. */
export const $thisWeekTally: ReadableAtom<WeekSummary> = computed([$checklist, $thisWeek], (data, week) => ({
  week,
  ...tallyWeek(data.weeks[week]),
}));

/** The last eight weeks up to this week, oldest first, for My plan and the history strip. */
export const $lastEightWeeks: ReadableAtom<WeekSummary[]> = computed([$checklist, $thisWeek], (data, week) =>
  summarizeWeeks(data.weeks, week),
);

/** The paper the sheet prints on: the user's choice, else a guess from the browser's language. */
export const $paperSize: ReadableAtom<PaperSize> = computed($checklist, (data) =>
  data.paper ?? guessPaperSize(typeof navigator === 'undefined' ? undefined : navigator.language),
);

/**
 * Shows a given week.
 * @param week a valid week key
 */
export function showWeek(week: WeekKey): void {
  $viewedWeek.set(week === $thisWeek.get() ? undefined : week);
}

/** Steps back one week. */
export function showPreviousWeek(): void {
  showWeek(shiftWeek($shownWeek.get(), -1));
}

/** Steps forward one week. */
export function showNextWeek(): void {
  showWeek(shiftWeek($shownWeek.get(), 1));
}

/** Goes back to today's week (and follows it from then on). */
export function showThisWeek(): void {
  $viewedWeek.set(undefined);
}

function updateSheet(week: WeekKey, change: (sheet: WeekSheet) => WeekSheet): void {
  const data = $checklist.get();
  const sheet = change(data.weeks[week] ?? {});
  const weeks = { ...data.weeks };
  if (isSheetEmpty(sheet)) delete weeks[week];
  else weeks[week] = sheet;
  $checklist.set({ ...data, weeks });
}

/**
 * Ticks or clears one cell of the grid.
 * @param week the sheet's week
 * @param habit the habit (row)
 * @param day the day (column)
 * @param ticked whether the habit was practised that day
 */
export function setTick(week: WeekKey, habit: HabitId, day: WeekdayId, ticked: boolean): void {
  updateSheet(week, (sheet) => setTickOnSheet(sheet, habit, day, ticked));
}

/**
 * Saves a habit's note line (cut to {@link NOTE_MAX_CHARS}, which the field already enforces).
 * @param week the sheet's week
 * @param habit the habit
 * @param text what the user wrote
 */
export function setHabitNote(week: WeekKey, habit: HabitId, text: string): void {
  updateSheet(week, (sheet) => ({ ...sheet, notes: { ...sheet.notes, [habit]: clampText(text, NOTE_MAX_CHARS) } }));
}

/**
 * Saves an answer to one of the end-of-week review questions.
 * @param week the sheet's week
 * @param question the question
 * @param text what the user wrote
 */
export function setReviewAnswer(week: WeekKey, question: ReviewQuestionId, text: string): void {
  updateSheet(week, (sheet) => ({ ...sheet, review: { ...sheet.review, [question]: clampText(text, REVIEW_ANSWER_MAX_CHARS) } }));
}

/** The outcome of naming a key client: the name as saved (`''` for a cleared line), or why it was refused. */
export type KeyClientResult = { ok: true; name: string } | { ok: false; message: string };

/**
 * Puts a client on one of the week's key-client lines, adding them to the shared client list when new;
 * an empty name clears the line.
 * @param week the sheet's week
 * @param slot the line, 0 to {@link KEY_CLIENT_SLOTS} − 1
 * @param rawName what the user typed
 */
export async function setKeyClient(week: WeekKey, slot: number, rawName: string): Promise<KeyClientResult> {
  if (!Number.isInteger(slot) || slot < 0 || slot >= KEY_CLIENT_SLOTS) throw new RangeError(`No key-client line ${slot}`);
  let id: string | null = null;
  let name = '';
  if (rawName.trim() !== '') {
    const { addClient } = await loadClients();
    const added = addClient(rawName);
    if (!added.ok) return added;
    const elsewhere = ($checklist.get().weeks[week]?.keyClients ?? []).findIndex((other, index) => other === added.client.id && index !== slot);
    if (elsewhere !== -1) return { ok: false, message: `${added.client.name} is already on line ${elsewhere + 1}.` };
    id = added.client.id;
    name = added.client.name;
  }
  updateSheet(week, (sheet) => {
    const lines = Array.from({ length: KEY_CLIENT_SLOTS }, (_, index) => sheet.keyClients?.[index] ?? null);
    lines[slot] = id;
    // Trailing empty lines carry nothing; dropping them keeps saved data small and readable.
    while (lines.length > 0 && lines[lines.length - 1] === null) lines.pop();
    return { ...sheet, keyClients: lines };
  });
  return { ok: true, name };
}

/**
 * Tells whether a sheet names key clients, so the client list is needed to show their names.
 * @param sheet the week's sheet
 */
export function hasKeyClients(sheet: WeekSheet): boolean {
  return sheet.keyClients?.some((id) => id !== null) ?? false;
}

/**
 * Returns the names on a sheet's key-client lines, `''` for an empty line, a client since removed, or
 * while the client list has not loaded.
 * @param sheet the week's sheet
 * @param clients the shared client list, if loaded
 */
export function listKeyClientNames(sheet: WeekSheet, clients: readonly Client[] | undefined): string[] {
  return Array.from({ length: KEY_CLIENT_SLOTS }, (_, index) => {
    const id = sheet.keyClients?.[index];
    return (id && clients?.find((client) => client.id === id)?.name) || '';
  });
}

/**
 * Clears a week's sheet and returns what it held, so the user can undo.
 * @param week the sheet's week
 */
export function clearWeek(week: WeekKey): WeekSheet | undefined {
  const removed = $checklist.get().weeks[week];
  updateSheet(week, () => ({}));
  return removed;
}

/**
 * Puts back a sheet cleared by {@link clearWeek}.
 * @param week the sheet's week
 * @param sheet the sheet to restore
 */
export function restoreWeek(week: WeekKey, sheet: WeekSheet): void {
  updateSheet(week, () => sheet);
}

/**
 * Chooses the paper the sheet is printed on.
 * @param paper A4 or US Letter
 */
export function setPaperSize(paper: PaperSize): void {
  $checklist.set({ ...$checklist.get(), paper });
}
