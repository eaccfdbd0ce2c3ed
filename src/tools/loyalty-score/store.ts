/**
 * The loyalty-equation scorer's saved scorecards, and each client's latest loyalty score, which other
 * tools (the tolerance review) read. Kept lean on purpose: importing it costs other tools little.
 *
 * Data shape: `$scorecards` (saved store `loyalty-scorecards`, version 1) holds every saved
 * {@link Scorecard}, oldest first; each names its client by id in the shared client list.
 * `$latestScoreByClient` follows it: each client's newest scorecard, scored.
 *
 * Lifecycle: reads localStorage on first import in the browser and writes on every change; other tabs
 * follow through the storage event. The scorer's list and its actions are in `./loyalty-score-scorecards.ts`.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { IsoDate } from '../shared/calendar-date';
import { readEntries, SCORECARDS_STORE_NAME } from './model';
import { listLatestScores, type Scorecard } from './history';
import type { Validator } from '../shared/saved-data';
import { createSavedStore } from '../shared/saved-store';

/** A client's most recent saved loyalty score. */
export interface LatestClientScore {
  clientId: string;
  /** Loyalty score, a whole number 0–100. */
  score: number;
  /** The day the scorecard was saved. */
  savedOn: IsoDate;
}

/**
 * `YYYY-MM-DD`. A pattern rather than `isIsoDate`: the date is only ever written from `$today`, and the
 * pattern keeps this module small for the tools that read it.
 */
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function readScorecard(value: unknown): Scorecard | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, clientId, savedOn } = value as Record<string, unknown>;
  const entries = readEntries((value as Record<string, unknown>).entries);
  const isText = (text: unknown): text is string => typeof text === 'string' && text !== '';
  if (!isText(id) || !isText(clientId) || typeof savedOn !== 'string' || !ISO_DATE_PATTERN.test(savedOn) || !entries) {
    return undefined;
  }
  return { id, clientId, savedOn, entries };
}

/**
 * Reads saved scorecards; one bad scorecard refuses the list (it is then set aside whole, never lost).
 * Hand-written like the draft's, to keep zod out of the download of every tool that reads scores.
 */
const ScorecardsValidator: Validator<Scorecard[]> = {
  safeParse(input) {
    const cards = Array.isArray(input) ? input.map(readScorecard) : [undefined];
    if (cards.some((card) => card === undefined)) return { success: false, error: new TypeError('Not a list of scorecards') };
    return { success: true, data: cards as Scorecard[] };
  },
};

/** Every saved scorecard, oldest first. */
export const $scorecards = createSavedStore<Scorecard[]>({
  name: SCORECARDS_STORE_NAME,
  label: 'Loyalty-equation scorecard',
  version: 1,
  schema: ScorecardsValidator,
  initial: [],
});

const latestScoreByClient = atom<Record<string, LatestClientScore>>(listLatestScores($scorecards.get()));

// Kept in step by a listener rather than built with `computed`, so it stays the plain atom other tools
// were written against (their tests stand in a score by setting it); every saved change replaces it.
$scorecards.listen((cards) => latestScoreByClient.set(listLatestScores(cards)));

/** The latest saved loyalty score of each client, by client id. */
export const $latestScoreByClient: ReadableAtom<Record<string, LatestClientScore>> = latestScoreByClient;
