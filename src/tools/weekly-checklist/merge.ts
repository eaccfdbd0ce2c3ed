/**
 * How the weekly checklist merges on import: a week held on both sides combines the ticks of both, and
 * fills this browser's empty notes, review answers and key-client lines from the file; the paper choice
 * stays this browser's. Pure.
 */
import { defineMergeRule, describeRemoved, type ClientIdMap, type StoreMergeRules } from '../shared/merge-rules';
import { HABIT_IDS, KEY_CLIENT_SLOTS, REVIEW_QUESTION_IDS, WEEKDAY_IDS } from './model';
import type { ChecklistData, WeekSheet } from './schema';

/** Fills the fields this browser left empty with the file's. */
function fillEmptyTexts<K extends string>(
  keys: readonly K[],
  current: Partial<Record<K, string>> | undefined,
  incoming: Partial<Record<K, string>> | undefined,
): Partial<Record<K, string>> | undefined {
  if (!current && !incoming) return undefined;
  const merged: Partial<Record<K, string>> = { ...current };
  for (const key of keys) {
    const text = incoming?.[key];
    if (text?.trim() && !merged[key]?.trim()) merged[key] = text;
  }
  return merged;
}

function mergeWeekSheets(current: WeekSheet, incoming: WeekSheet, mapId: ClientIdMap): WeekSheet {
  const sheet: WeekSheet = {};
  if (current.ticks || incoming.ticks) {
    sheet.ticks = {};
    for (const habit of HABIT_IDS) {
      const days = new Set([...(current.ticks?.[habit] ?? []), ...(incoming.ticks?.[habit] ?? [])]);
      if (current.ticks?.[habit] || incoming.ticks?.[habit]) sheet.ticks[habit] = WEEKDAY_IDS.filter((day) => days.has(day));
    }
  }
  const notes = fillEmptyTexts(HABIT_IDS, current.notes, incoming.notes);
  if (notes) sheet.notes = notes;
  const review = fillEmptyTexts(REVIEW_QUESTION_IDS, current.review, incoming.review);
  if (review) sheet.review = review;
  if (current.keyClients || incoming.keyClients) {
    const lines = Array.from({ length: KEY_CLIENT_SLOTS }, (_, slot) => current.keyClients?.[slot] ?? null);
    (incoming.keyClients ?? []).forEach((id, slot) => {
      if (id === null) return;
      const mapped = mapId(id);
      // The tool lists a client once a week; a new one takes its own line, or else the first free one.
      if (lines.includes(mapped)) return;
      const line = lines[slot] === null ? slot : lines.indexOf(null);
      if (line !== -1) lines[line] = mapped;
    });
    while (lines.length > 0 && lines[lines.length - 1] === null) lines.pop();
    sheet.keyClients = lines;
  }
  return sheet;
}

/** The checklist's merge rules, by store name. */
export const MERGE_RULES: StoreMergeRules = {
  'weekly-checklist': defineMergeRule<ChecklistData>({
    noun: ['week', 'weeks'],
    count: (data) => Object.keys(data.weeks).length,
    empty: { weeks: {} },
    merge(current, incoming, mapId) {
      const weeks = { ...current.weeks };
      for (const [week, sheet] of Object.entries(incoming.weeks)) {
        weeks[week] = mergeWeekSheets(weeks[week] ?? {}, sheet, mapId);
      }
      const paper = current.paper ?? incoming.paper;
      return paper ? { weeks, paper } : { weeks };
    },
    // The client's key-client line is emptied; the week's ticks, notes and review stay (they are the user's).
    forgetClient(data, clientId) {
      let named = 0;
      const weeks: ChecklistData['weeks'] = {};
      for (const [week, sheet] of Object.entries(data.weeks)) {
        if (!sheet.keyClients?.includes(clientId)) {
          weeks[week] = sheet;
          continue;
        }
        named += 1;
        const lines = sheet.keyClients.map((id) => (id === clientId ? null : id));
        while (lines.length > 0 && lines[lines.length - 1] === null) lines.pop();
        weeks[week] = { ...sheet, keyClients: lines };
      }
      return {
        data: { ...data, weeks },
        removed: named === 0 ? undefined : `the key-client line in ${describeRemoved(named, ['week', 'weeks'])}`,
      };
    },
  }),
};
