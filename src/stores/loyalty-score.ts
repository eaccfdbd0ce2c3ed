/**
 * Placeholder for the loyalty-equation scorer's store (issue "Loyalty-equation scorer").
 * Other tools already read {@link $latestScoreByClient}; the scorer must keep exporting it, derived
 * from its saved scorecards.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { IsoDate } from '../lib/calendar-date';

/** A client's most recent saved loyalty score. */
export interface LatestClientScore {
  clientId: string;
  /** Loyalty score, a whole number 0–100. */
  score: number;
  /** The day the scorecard was saved. */
  savedOn: IsoDate;
}

/** The latest saved loyalty score of each client, by client id. */
export const $latestScoreByClient: ReadableAtom<Record<string, LatestClientScore>> = atom({});
