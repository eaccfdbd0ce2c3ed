/**
 * Saved loyalty scorecards: one client's ratings on one day. Pure rules for keeping, ordering and
 * comparing them; the scorer's store keeps the list in the browser.
 *
 * A client has at most one scorecard per day (saving again the same day replaces it), so "vs last time"
 * always compares with an earlier visit, not with a save a minute ago.
 */
import type { IsoDate } from '../shared/calendar-date';
import { scoreLoyalty, type Entries } from './model';
import type { Scorecard } from './schema';

/** The saved scorecard's type (derived from its schema), for the modules that work on scorecards. */
export type { Scorecard };

/** A client's most recent scorecard, as other tools read it. */
export interface LatestScore {
  clientId: string;
  /** Loyalty score, a whole number 0–100. */
  score: number;
  /** The day the scorecard was saved. */
  savedOn: IsoDate;
}

/**
 * Tells whether scorecard `a` was saved after `b`: a later day, or the same day and later in the list
 * (lists only grow at the end, so a later position is a later save).
 */
function isLater(cards: readonly Scorecard[], a: Scorecard, b: Scorecard): boolean {
  if (a.savedOn !== b.savedOn) return a.savedOn > b.savedOn;
  return cards.indexOf(a) > cards.indexOf(b);
}

/**
 * Adds a scorecard, replacing the same client's scorecard of the same day.
 * @param cards the saved scorecards
 * @param card the new scorecard
 * @returns the new list, with the scorecard at the end
 */
export function addScorecard(cards: readonly Scorecard[], card: Scorecard): Scorecard[] {
  return [...cards.filter((c) => !(c.clientId === card.clientId && c.savedOn === card.savedOn)), card];
}

/**
 * Finds a client's most recent scorecard.
 * @param cards the saved scorecards
 * @param clientId the client's id
 */
export function findLatestScorecard(cards: readonly Scorecard[], clientId: string): Scorecard | undefined {
  let latest: Scorecard | undefined;
  for (const card of cards) {
    if (card.clientId === clientId && (!latest || isLater(cards, card, latest))) latest = card;
  }
  return latest;
}

/**
 * Finds the scorecard the same client had before this one.
 * @param cards the saved scorecards
 * @param card a scorecard in the list
 */
export function findPreviousScorecard(cards: readonly Scorecard[], card: Scorecard): Scorecard | undefined {
  let previous: Scorecard | undefined;
  for (const other of cards) {
    if (other === card || other.clientId !== card.clientId || !isLater(cards, card, other)) continue;
    if (!previous || isLater(cards, other, previous)) previous = other;
  }
  return previous;
}

/**
 * Lists the latest score of every client that has a scorecard.
 * @param cards the saved scorecards
 */
export function listLatestScores(cards: readonly Scorecard[]): Record<string, LatestScore> {
  const latest: Record<string, LatestScore> = {};
  for (const card of cards) {
    const newest = findLatestScorecard(cards, card.clientId);
    if (newest !== card) continue;
    latest[card.clientId] = { clientId: card.clientId, score: scoreLoyalty(card.entries).score, savedOn: card.savedOn };
  }
  return latest;
}

/** A scorecard with its score and change since the client's previous one. */
export interface RankedScorecard {
  card: Scorecard;
  score: number;
  /** Score minus the previous scorecard's; undefined for a client's first. */
  change: number | undefined;
  /** The previous scorecard's date, when there is one. */
  previousOn: IsoDate | undefined;
}

/**
 * Sorts scorecards by score, highest first; equal scores put the more recent first.
 * @param cards the saved scorecards
 */
export function rankScorecards(cards: readonly Scorecard[]): RankedScorecard[] {
  const ranked = cards.map((card) => {
    const score = scoreLoyalty(card.entries).score;
    const previous = findPreviousScorecard(cards, card);
    return {
      card,
      score,
      change: previous ? score - scoreLoyalty(previous.entries).score : undefined,
      previousOn: previous?.savedOn,
    };
  });
  return ranked.sort((a, b) => b.score - a.score || (isLater(cards, a.card, b.card) ? -1 : 1));
}

/** What the form holds, as far as "vs last time" is concerned. */
export interface BaselineQuery {
  /** The client on the form, if it is a known client. */
  clientId: string | undefined;
  /** The scorecard that was reopened, if any. */
  openedId: string | undefined;
  /** The form's ratings. */
  entries: Entries;
  /** Today: saving would make the form today's scorecard. */
  today: IsoDate;
}

function hasSameEntries(a: Entries, b: Entries): boolean {
  return (Object.keys(a) as (keyof Entries)[]).every((id) => a[id] === b[id]);
}

/**
 * Finds what the form should be compared with ("vs last time"). A reopened scorecard left as it was is
 * compared with the one its client had before it. Anything else is today's scorecard in the making, so
 * it is compared with the client's latest scorecard from an earlier day.
 * @param cards the saved scorecards
 * @param query what the form holds
 */
export function findBaseline(cards: readonly Scorecard[], query: BaselineQuery): Scorecard | undefined {
  const { clientId, openedId, entries, today } = query;
  if (!clientId) return undefined;
  const opened = cards.find((card) => card.id === openedId && card.clientId === clientId);
  if (opened && hasSameEntries(opened.entries, entries)) return findPreviousScorecard(cards, opened);
  return findLatestScorecard(
    cards.filter((card) => card.savedOn < today),
    clientId,
  );
}
