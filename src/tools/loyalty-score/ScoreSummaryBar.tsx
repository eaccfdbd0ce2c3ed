/**
 * The scorer's compact summary for narrow screens: on a phone the full result sits below seven ratings, so
 * this bar stays at the foot of the screen while the user rates and links to the full result. Wide layouts
 * hide it (the full result is sticky beside the form there), and so does print.
 */
import { SCORE_MAX, type LoyaltyResult } from './model';

/** Props of {@link ScoreSummaryBar}. */
export interface ScoreSummaryBarProps {
  /** The live result, or undefined while nothing has been rated yet (no score to show). */
  result: LoyaltyResult | undefined;
  /** True while a field holds an invalid entry: the score shown is that of the last valid ratings. */
  isWaiting: boolean;
  /** Id of the full result's heading, the link's target. */
  resultHeadingId: string;
}

/** A one-line score and band that stays in view, with a link to the full result. */
export default function ScoreSummaryBar({ result, isWaiting, resultHeadingId }: ScoreSummaryBarProps) {
  return (
    <p class="score-summary-bar no-print">
      {result ? (
        <span class="score-summary-text">
          Score <strong class="score-summary-score">{result.score}</strong>/{SCORE_MAX}: {result.band.name}
          {isWaiting && ' (last valid ratings)'}
        </span>
      ) : (
        <span class="score-summary-text">No score yet: rate each part to see one.</span>
      )}{' '}
      <a href={`#${resultHeadingId}`}>Full result</a>
    </p>
  );
}
