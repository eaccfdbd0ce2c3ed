/**
 * The scorer's result: loyalty score and band, the three factor scores and how they combine, the
 * weakest factor with next actions, and the change since the client's previous scorecard. Until every
 * input is rated there is no score and no band: the panel lists what is still to rate instead.
 */
import {
  describeScoreChange,
  FACTOR_GUIDANCE,
  FACTOR_IDS,
  FACTOR_LABELS,
  findBand,
  IMBALANCE_SPREAD,
  INPUT_IDS,
  SCORE_MAX,
  type InputId,
  type LoyaltyResult,
} from './model';
import { describeWorking, type NextAction } from './advice';
import { INPUTS } from './form';
import type { ComponentChildren } from 'preact';
import { withBase } from '../../lib/url';
import type { Comparison } from './scorecards-store';

/** Props of {@link ScoreResult}. */
export interface ScoreResultProps {
  idPrefix: string;
  /** The score, or undefined while any input is unrated. */
  result: LoyaltyResult | undefined;
  /** Inputs not rated yet, in form order. */
  unrated: readonly InputId[];
  actions: readonly NextAction[];
  /** True while a field holds an invalid entry: the result is that of the last valid ratings. */
  isWaiting: boolean;
  comparison: Comparison | undefined;
}

const OUTPUT_NAMES = { value: 'Value score', trust: 'Trust score', extraMile: 'Extra mile score' } as const;

/**
 * The frame both states of the result share: the heading the scorer moves focus to, the headline score and
 * one polite announcement (the outputs themselves stay quiet, so a change is said once).
 */
interface ResultPanelProps {
  idPrefix: string;
  /** The headline score as read ("58 out of 100", or "No score yet"). */
  score: string;
  /** An id that explains the score (the note while an entry is invalid). */
  scoreDescribedBy?: string | undefined;
  announcement: string;
  children: ComponentChildren;
}

function ResultPanel({ idPrefix, score, scoreDescribedBy, announcement, children }: ResultPanelProps) {
  const scoreId = `${idPrefix}-score`;
  const headingId = `${idPrefix}-result-heading`;
  return (
    <section class="result-panel loyalty-result" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        Result
      </h3>
      <p class="loyalty-headline">
        <label for={scoreId}>Loyalty score</label>{' '}
        <output id={scoreId} aria-live="off" aria-describedby={scoreDescribedBy}>
          {score}
        </output>
      </p>
      {children}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

/** What the panel shows before every input is rated: no score, no band, and what is still to rate. */
function UnratedResult({ idPrefix, unrated }: { idPrefix: string; unrated: readonly InputId[] }) {
  const rated = INPUT_IDS.length - unrated.length;
  const names = unrated.map((id) => INPUTS.find((input) => input.id === id)!.label);
  const announcement =
    rated === 0 ? '' : `${rated} of ${INPUT_IDS.length} rated. Still to rate: ${names.join(', ')}.`;
  return (
    <ResultPanel idPrefix={idPrefix} score="No score yet" announcement={announcement}>
      {rated === 0 ? (
        <p>Rate the seven parts to see the loyalty score, its band and the working. Nothing is assumed for a part you leave empty.</p>
      ) : (
        <>
          <p>
            {rated} of {INPUT_IDS.length} rated. The score and its band appear once every part has a rating. Still to rate:
          </p>
          <ul class="loyalty-unrated">
            {unrated.map((id, index) => (
              <li key={id}>
                <a href={`#${idPrefix}-${id}`}>{names[index]}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </ResultPanel>
  );
}

/** Shows a score and everything that explains it, or what is still to rate. */
export default function ScoreResult(props: ScoreResultProps) {
  if (!props.result) return <UnratedResult idPrefix={props.idPrefix} unrated={props.unrated} />;
  return <RatedResult {...props} result={props.result} />;
}

function RatedResult({ idPrefix, result, actions, isWaiting, comparison }: ScoreResultProps & { result: LoyaltyResult }) {
  const waitingId = `${idPrefix}-waiting`;
  const guidance = FACTOR_GUIDANCE[result.weakest];
  const weakestName = FACTOR_LABELS[result.weakest];
  const announcement = isWaiting
    ? `Waiting for a valid entry. Loyalty score stays at ${result.score} out of ${SCORE_MAX}.`
    : `Loyalty score ${result.score} out of ${SCORE_MAX}: ${result.band.name}. Weakest factor: ${weakestName}.`;

  return (
    <ResultPanel
      idPrefix={idPrefix}
      score={`${result.score} out of ${SCORE_MAX}`}
      scoreDescribedBy={isWaiting ? waitingId : undefined}
      announcement={announcement}
    >
      {/* The bar takes the band's colour: at risk looks at risk. */}
      <meter class={`score-meter band-${result.band.id}`} min={0} max={SCORE_MAX} value={result.score} aria-hidden="true" />
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
            <meter
              class={`factor-meter band-${findBand(result.factors[id]).id}`}
              min={0}
              max={SCORE_MAX}
              value={result.factors[id]}
              aria-hidden="true"
            />
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
    </ResultPanel>
  );
}
