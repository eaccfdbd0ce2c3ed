/**
 * Merging a backup into what this browser already holds ("Merge" on import). Pure: takes every store's
 * valid data by store name and returns the merged data by store name.
 *
 * The rules, as the My plan page explains them:
 * - Nothing in this browser is lost. The file adds what this browser lacks.
 * - Clients are matched by name (case and spacing aside) as well as by id, so the same client typed on two
 *   devices becomes one; every record in the file that named the file's client is moved to this browser's.
 * - Where both hold the same thing (the same scorecard, a client's scorecard of the same day, a client's
 *   touchpoint plan, a quiz result of the same day), this browser's is kept. Two exceptions: a tolerance
 *   review keeps the more recent one, as the tool itself does, and a week's checklist combines the ticks
 *   of both and fills empty notes and key-customer lines from the file.
 * - A store with no merge rule here keeps this browser's data when it has some, and takes the file's
 *   otherwise.
 */
import { isSameClientName } from '../shared/client-name';
// eslint-disable-next-line no-restricted-imports -- TODO(issue-12): cross-tool import; go through the registry
import { recordResult, type LadderQuizData } from '../ladder-quiz/model';
// eslint-disable-next-line no-restricted-imports -- TODO(issue-12): cross-tool import; go through the registry
import type { TouchpointPlan } from '../touchpoint-planner/schema';
// eslint-disable-next-line no-restricted-imports -- TODO(issue-12): cross-tool import; go through the registry
import type { ToleranceReviewRecord } from '../tolerance-review/model';
// eslint-disable-next-line no-restricted-imports -- TODO(issue-12): cross-tool import; go through the registry
import { HABIT_IDS, KEY_CUSTOMER_SLOTS, REVIEW_QUESTION_IDS, WEEKDAY_IDS, type ChecklistData, type WeekSheet } from '../weekly-checklist/model';

/** Valid data by store name. */
export type StoreData = Record<string, unknown>;

/** A client of the shared list (`src/tools/shared/clients.ts`). */
interface ClientRecord {
  id: string;
  name: string;
}

/** A saved loyalty scorecard, as far as merging is concerned. */
interface ScorecardRecord {
  id: string;
  clientId: string;
  savedOn: string;
}

/** Turns a client id from the file into the id the merged client list uses. */
type ClientIdMap = (id: string) => string;

/**
 * Merges the client lists: this browser's clients first, then the file's new ones.
 * @returns the merged list and how the file's ids map onto it
 */
function mergeClients(current: readonly ClientRecord[], incoming: readonly ClientRecord[]): { clients: ClientRecord[]; mapId: ClientIdMap } {
  const clients = [...current];
  const map = new Map<string, string>();
  for (const client of incoming) {
    const same = clients.find((known) => known.id === client.id) ?? clients.find((known) => isSameClientName(known.name, client.name));
    if (same) {
      map.set(client.id, same.id);
    } else {
      clients.push(client);
      map.set(client.id, client.id);
    }
  }
  return { clients, mapId: (id) => map.get(id) ?? id };
}

function mergeScorecards<T extends ScorecardRecord>(current: readonly T[], incoming: readonly T[], mapId: ClientIdMap): T[] {
  const merged = [...current];
  for (const card of incoming) {
    const mapped = { ...card, clientId: mapId(card.clientId) };
    // One scorecard per client per day, as the scorer keeps them.
    if (merged.some((kept) => kept.id === mapped.id || (kept.clientId === mapped.clientId && kept.savedOn === mapped.savedOn))) continue;
    merged.push(mapped);
  }
  return merged;
}

function mergePlans(current: { plans: TouchpointPlan[] }, incoming: { plans: TouchpointPlan[] }, mapId: ClientIdMap): { plans: TouchpointPlan[] } {
  const plans = [...current.plans];
  for (const plan of incoming.plans) {
    const mapped = { ...plan, clientId: mapId(plan.clientId) };
    // A client has one plan; this browser's is the one being followed.
    if (plans.some((kept) => kept.id === mapped.id || kept.clientId === mapped.clientId)) continue;
    plans.push(mapped);
  }
  return { plans };
}

function mergeReviews(current: readonly ToleranceReviewRecord[], incoming: readonly ToleranceReviewRecord[], mapId: ClientIdMap): ToleranceReviewRecord[] {
  const reviews = [...current];
  for (const review of incoming) {
    const mapped = { ...review, clientId: mapId(review.clientId) };
    const index = reviews.findIndex((kept) => kept.id === mapped.id || kept.clientId === mapped.clientId);
    if (index === -1) reviews.push(mapped);
    // One review per customer; a later review replaces an earlier one, as in the tool.
    else if (mapped.reviewedOn > reviews[index]!.reviewedOn) reviews[index] = mapped;
  }
  return reviews;
}

function mergeLadderQuiz(current: LadderQuizData, incoming: LadderQuizData): LadderQuizData {
  let history = current.history;
  for (const result of incoming.history) {
    if (!history.some((kept) => kept.date === result.date)) history = recordResult(history, result);
  }
  const answers = Object.keys(current.answers).length > 0 ? current.answers : incoming.answers;
  return { answers, history };
}

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
  if (current.keyCustomers || incoming.keyCustomers) {
    const lines = Array.from({ length: KEY_CUSTOMER_SLOTS }, (_, slot) => current.keyCustomers?.[slot] ?? null);
    (incoming.keyCustomers ?? []).forEach((id, slot) => {
      if (id === null) return;
      const mapped = mapId(id);
      // The tool lists a customer once a week; a new one takes its own line, or else the first free one.
      if (lines.includes(mapped)) return;
      const line = lines[slot] === null ? slot : lines.indexOf(null);
      if (line !== -1) lines[line] = mapped;
    });
    while (lines.length > 0 && lines[lines.length - 1] === null) lines.pop();
    sheet.keyCustomers = lines;
  }
  return sheet;
}

function mergeChecklist(current: ChecklistData, incoming: ChecklistData, mapId: ClientIdMap): ChecklistData {
  const weeks = { ...current.weeks };
  for (const [week, sheet] of Object.entries(incoming.weeks)) {
    const mine = weeks[week];
    weeks[week] = mine ? mergeWeekSheets(mine, sheet, mapId) : mergeWeekSheets({}, sheet, mapId);
  }
  const paper = current.paper ?? incoming.paper;
  return paper ? { weeks, paper } : { weeks };
}

/** Points the file's client ids at the merged list's, for a store this browser does not hold yet. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one table over stores of different types; each rule's parameters are typed where it is defined
const CLIENT_ID_MAPPERS: Readonly<Record<string, (data: any, mapId: ClientIdMap) => unknown>> = {
  'loyalty-scorecards': (cards: ScorecardRecord[], mapId) => mergeScorecards([], cards, mapId),
  'touchpoint-planner': (data: { plans: TouchpointPlan[] }, mapId) => mergePlans({ plans: [] }, data, mapId),
  'tolerance-review': (reviews: ToleranceReviewRecord[], mapId) => mergeReviews([], reviews, mapId),
  'weekly-checklist': (data: ChecklistData, mapId) => mergeChecklist({ weeks: {} }, data, mapId),
};

/** Merge rules by store name, for stores both sides hold. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one table over stores of different types; each rule's parameters are typed where it is defined
const MERGE_RULES: Readonly<Record<string, (current: any, incoming: any, mapId: ClientIdMap) => unknown>> = {
  'loyalty-scorecards': mergeScorecards,
  'touchpoint-planner': mergePlans,
  'tolerance-review': mergeReviews,
  'weekly-checklist': mergeChecklist,
  'ladder-quiz': mergeLadderQuiz,
};

/** Data name of the shared client list. */
const CLIENTS_STORE = 'clients';

/**
 * Merges a backup's data into this browser's (see the rules in the module comment).
 * @param current this browser's valid data, for the stores that hold saved data
 * @param incoming the file's valid data
 * @returns the data every store should hold after the merge
 */
export function mergeStoreData(current: Readonly<StoreData>, incoming: Readonly<StoreData>): StoreData {
  const merged: StoreData = { ...current };
  const { clients, mapId } = mergeClients(
    (current[CLIENTS_STORE] as ClientRecord[] | undefined) ?? [],
    (incoming[CLIENTS_STORE] as ClientRecord[] | undefined) ?? [],
  );
  if (CLIENTS_STORE in current || CLIENTS_STORE in incoming) merged[CLIENTS_STORE] = clients;
  for (const [name, data] of Object.entries(incoming)) {
    if (name === CLIENTS_STORE) continue;
    if (!(name in current)) {
      merged[name] = CLIENT_ID_MAPPERS[name]?.(data, mapId) ?? data;
      continue;
    }
    const rule = MERGE_RULES[name];
    if (rule) merged[name] = rule(current[name], data, mapId);
  }
  return merged;
}
