/**
 * The loyalty-equation scorer's saved scorecards, and each client's latest loyalty score, which other
 * tools (the tolerance review) read. Kept lean on purpose: importing it costs other tools little.
 *
 * Data shape: `$scorecards` (saved store `loyalty-scorecards`, version 1, see `./schema.ts`) holds every
 * saved scorecard, oldest first; each names its client by id in the shared client list.
 * `$latestScoreByClient` follows it: each client's newest scorecard, scored.
 *
 * Lifecycle: reads localStorage on first import in the browser and writes on every change; other tabs
 * follow through the storage event. The scorer's list and its actions are in `./scorecards-store.ts`.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { SCORECARDS_STORE_NAME } from './model';
import { listLatestScores, type LatestScore } from './history';
import type { Scorecard } from './schema';
import { createDeferredSavedStore } from '../shared/saved-store';

/** A client's most recent saved loyalty score (a whole number 0–100) and the day it was saved. */
export type LatestClientScore = LatestScore;

/** Every saved scorecard, oldest first. */
export const $scorecards = await createDeferredSavedStore<Scorecard[]>({
  name: SCORECARDS_STORE_NAME,
  label: 'Loyalty-equation scorecard',
  version: 1,
  loadSchema: () => import('./schema').then((schema) => schema.ScorecardsSchema),
  initial: [],
});

const latestScoreByClient = atom<Record<string, LatestClientScore>>(listLatestScores($scorecards.get()));

// Kept in step by a listener rather than built with `computed`, so it stays the plain atom other tools
// were written against (their tests stand in a score by setting it); every saved change replaces it.
$scorecards.listen((cards) => latestScoreByClient.set(listLatestScores(cards)));

/** The latest saved loyalty score of each client, by client id. */
export const $latestScoreByClient: ReadableAtom<Record<string, LatestClientScore>> = latestScoreByClient;
