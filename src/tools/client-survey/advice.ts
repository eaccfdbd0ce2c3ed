/**
 * What the comparison of the user's own view with the client's says, and what it says first: a factor the
 * user rates 15 points or more above the client. Pure.
 */
import type { FactorId } from '../loyalty-score/public';

/** A gap from which the user's own view counts as overrating: the 15 points. */
export const OVERRATING_POINTS = 15;

/** One row of the comparison: a factor or the loyalty score. */
export interface ViewGap {
  id: FactorId | 'loyalty';
  label: string;
  yours: number;
  theirs: number;
  /** Yours minus theirs: positive when the user rates themselves higher than the client does. */
  gap: number;
  /** Whether the user rates this {@link OVERRATING_POINTS} or more above the client. */
  overrated: boolean;
}

/** Scores to compare: the three factors and the loyalty score, 0–100 each. */
export interface ViewScores {
  factors: Record<FactorId, number>;
  score: number;
}

/** The comparison, with the most important finding first. */
export interface ViewComparison {
  rows: ViewGap[];
  /** The rows the user overrates, largest gap first: the first finding to say. */
  overrated: ViewGap[];
  /** The finding in one sentence. */
  headline: string;
}

const COMPARED: readonly { id: FactorId | 'loyalty'; label: string }[] = [
  { id: 'value', label: 'Value' },
  { id: 'trust', label: 'Trust' },
  { id: 'extraMile', label: 'Extra mile' },
  { id: 'loyalty', label: 'Loyalty score' },
];

/**
 * Compares the user's own scores with the client's.
 * @param yours the user's latest scorecard, scored
 * @param theirs the client's latest reply, scored the same way
 */
export function compareViews(yours: ViewScores, theirs: ViewScores): ViewComparison {
  const pick = (scores: ViewScores, id: FactorId | 'loyalty') => (id === 'loyalty' ? scores.score : scores.factors[id]);
  const rows = COMPARED.map(({ id, label }) => {
    const gap = pick(yours, id) - pick(theirs, id);
    return {
      id,
      label,
      yours: pick(yours, id),
      theirs: pick(theirs, id),
      gap,
      overrated: gap >= OVERRATING_POINTS,
    };
  });
  const overrated = rows.filter((row) => row.overrated).sort((a, b) => b.gap - a.gap);
  const first = overrated[0];
  const headline = first
    ? `You rate ${first.label.toLowerCase()} ${first.gap} points higher than your client does: start there.`
    : rows.some((row) => row.gap <= -OVERRATING_POINTS)
      ? 'Your client rates you higher than you rate yourself: ask what they value, and keep doing it.'
      : `Your view and your client’s are within ${OVERRATING_POINTS} points of each other on every factor.`;
  return { rows, overrated, headline };
}

/**
 * Describes a gap in words for the table: "+18", "−4", "0".
 * @param gap yours minus theirs
 */
export function formatGap(gap: number): string {
  if (gap === 0) return '0';
  return `${gap > 0 ? '+' : '−'}${Math.abs(gap)}`;
}
