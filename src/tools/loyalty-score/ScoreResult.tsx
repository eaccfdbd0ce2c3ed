/**
 * The scorer's result: loyalty score and band, the three factor scores and how they combine, the
 * weakest factor with next actions, and the change since the client's previous scorecard.
 */
import {
  describeScoreChange,
  FACTOR_GUIDANCE,
  FACTOR_IDS,
  FACTOR_LABELS,
  IMBALANCE_SPREAD,
  SCORE_MAX,
  type LoyaltyResult,
} from './model';
import { describeWorking, type NextAction } from './advice';
import { withBase } from '../../lib/url';
import type { Comparison } from './scorecards-store';

/** Props of {@link ScoreResult}. */
export interface ScoreResultProps {
  idPrefix: string;
  result: LoyaltyResult;
  actions: readonly NextAction[];
  /** True while a field holds an invalid entry: the result is that of the last valid ratings. */
  isWaiting: boolean;
  comparison: Comparison | undefined;
}

const OUTPUT_NAMES = { value: 'Value score', trust: 'Trust score', extraMile: 'Extra mile score' } as const;

/** Shows a score and everything that explains it. */
export default function ScoreResult({ idPrefix, result, actions, isWaiting, comparison }: ScoreResultProps) {
  const scoreId = `${idPrefix}-score`;
  const waitingId = `${idPrefix}-waiting`;
  const headingId = `${idPrefix}-result-heading`;
  const guidance = FACTOR_GUIDANCE[result.weakest];
  const weakestName = FACTOR_LABELS[result.weakest];
  const announcement = isWaiting
    ? `Waiting for a valid entry. Loyalty score stays at ${result.score} out of ${SCORE_MAX}.`
    : `Loyalty score ${result.score} out of ${SCORE_MAX}: ${result.band.name}. Weakest factor: ${weakestName}.`;

  return (
    <section class="result-panel loyalty-result" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        Result
      </h3>
      <p class="loyalty-headline">
        <label for={scoreId}>Loyalty score</label>{' '}
        {/* One polite announcement below says it all; the outputs themselves stay quiet. */}
        <output id={scoreId} aria-live="off" aria-describedby={isWaiting ? waitingId : undefined}>
          {result.score} out of {SCORE_MAX}
        </output>
      </p>
      <meter class="score-meter" min={0} max={SCORE_MAX} value={result.score} aria-hidden="true" />
      <p class="loyalty-band">
        <strong>{result.band.name}</strong> ({result.band.min}–{result.band.max}). {result.band.meaning}
      </p>
      {isWaiting && (
        <p class="notice notice-warning" id={waitingId}>
          Waiting for a valid entry: the scores show your last valid ratings.
        </p>
      )}
      {comparison && (
        <p class="loyalty-comparison">
          <strong>vs last time</strong> (<time dateTime={comparison.baseline.savedOn}>{comparison.baseline.savedOn}</time>, score{' '}
          {comparison.baselineScore}): {describeScoreChange(comparison.change)}
        </p>
      )}

      <h4>The working</h4>
      <ul class="factor-list">
        {FACTOR_IDS.map((id) => (
          <li key={id}>
            <label for={`${idPrefix}-${id}-score`}>{OUTPUT_NAMES[id]}</label>{' '}
            <output id={`${idPrefix}-${id}-score`} aria-live="off">
              {result.factors[id]} out of {SCORE_MAX}
            </output>
            <meter class="factor-meter" min={0} max={SCORE_MAX} value={result.factors[id]} aria-hidden="true" />
          </li>
        ))}
      </ul>
      <ul class="working">
        {describeWorking(result).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      <h4>What holds loyalty back</h4>
      <p>
        {result.strongest ? (
          <>
            Weakest factor: <strong>{weakestName}</strong> ({result.factors[result.weakest]}). Strongest:{' '}
            <strong>{FACTOR_LABELS[result.strongest]}</strong> ({result.factors[result.strongest]}).
          </>
        ) : (
          <>
            All three factors score {result.factors.value}, so no single one holds loyalty back. Start with{' '}
            <strong>{weakestName}</strong>, which weighs most.
          </>
        )}
      </p>
      {result.imbalanced && (
        <p class="notice notice-warning loyalty-imbalance">
          Out of balance: {result.spread} points between the strongest and weakest factor ({IMBALANCE_SPREAD} or more is
          a large gap). One weak link undoes the rest: lift {weakestName.toLowerCase()} first.
        </p>
      )}
      <p>Next actions for {weakestName.toLowerCase()}:</p>
      <ul class="next-actions">
        {actions.map((action) => (
          <li key={action.text}>{action.text}</li>
        ))}
      </ul>
      <p class="no-print">
        More in the guidance: <a href={withBase(import.meta.env.BASE_URL, guidance.path)}>{guidance.title}</a>.
      </p>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
