/**
 * The quiz's result: the step reached in an `<output>` named "Ladder step", how well each step is held,
 * the slip warning, what stands between the business and the next step, three next actions and the
 * typical time to climb. With statements unanswered it says how many remain instead.
 */
import {
  ANSWER_LABELS,
  describeClimbTime,
  describeStep,
  HELD_AVERAGE_POINTS,
  LADDER_STATEMENTS,
  listNextActions,
  MAX_ANSWER_POINTS,
  type LadderPlacement,
  type StepScore,
} from './model';
import { withBase } from '../../lib/url';

/** Props of {@link LadderResult}. */
export interface LadderResultProps {
  placement: LadderPlacement;
}

/** Where the "held" line sits on each bar: the "Mostly" average, as a share of the bar. */
const HELD_MARK = (HELD_AVERAGE_POINTS / MAX_ANSWER_POINTS) * 100;

/** Writes a step's average with one decimal, for example "2.3". */
function formatAverage(points: number): string {
  return points.toFixed(1).replace(/\.0$/, '');
}

/** Joins step numbers for a sentence: "3", "3 and 4", "3, 4 and 5". */
function joinStepNumbers(numbers: number[]): string {
  if (numbers.length < 2) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** One bar per step: its average as a share of "Always", with a mark at the "Mostly" line. */
function StepBars({ scores }: { scores: StepScore[] }) {
  return (
    <ul class="ladder-bars">
      {scores.map((score) => (
        <li key={score.step.number} class={score.held ? 'is-held' : 'is-open'}>
          <span class="ladder-bar-name">
            Step {score.step.number}: {score.step.name}
          </span>
          <svg class="ladder-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect class="ladder-bar-track" x="0" y="0" width="100" height="10" />
            <rect class="ladder-bar-fill" x="0" y="0" width={Math.round(score.strength * 100)} height="10" />
            <line class="ladder-bar-mark" x1={HELD_MARK} x2={HELD_MARK} y1="0" y2="10" />
          </svg>
          <span class="ladder-bar-status">
            {score.held ? 'Held' : 'Not held'}, average {formatAverage(score.averagePoints)} of {MAX_ANSWER_POINTS}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The result panel. */
export default function LadderResult({ placement }: LadderResultProps) {
  const base = import.meta.env.BASE_URL;
  return (
    <section class="result-panel ladder-result" aria-labelledby="ladder-result-heading">
      <h2 id="ladder-result-heading" class="ladder-result-heading">
        Your place on the ladder
      </h2>
      <p class="ladder-step-line">
        <label for="ladder-step-output" class="ladder-step-label">
          Ladder step
        </label>{' '}
        <output id="ladder-step-output" class="ladder-step-output">
          {placement.kind === 'incomplete'
            ? `${placement.remaining} of ${LADDER_STATEMENTS.length} statements still to answer`
            : describeStep(placement.stepNumber)}
        </output>
      </p>

      {placement.kind === 'incomplete' ? (
        <p>
          Answer every statement to see where you stand; a placement on half the answers would only be a guess.
          Still open:{' '}
          {placement.openSteps.map((step, i) => (
            <span key={step.number}>
              {i > 0 && ', '}
              <a href={`#ladder-step-${step.number}`}>
                Step {step.number}: {step.name}
              </a>
            </span>
          ))}
          .
        </p>
      ) : (
        <>
          {placement.stepNumber === 0 && (
            <p>Step 1 is not held yet, so the climb starts at the basics: they carry every step above.</p>
          )}
          {placement.slippedFrom.length > 0 && placement.nextStep && (
            <div class="notice notice-warning ladder-slip">
              <p>
                <strong>Slip warning:</strong> you hold step{placement.slippedFrom.length > 1 ? 's' : ''}{' '}
                {joinStepNumbers(placement.slippedFrom.map((s) => s.step.number))}, but step{' '}
                {placement.nextStep.step.number} is not held. Higher steps rest on the lower ones: when a step
                below gives way, the goodwill you built up higher is spent quickly and the relationship slides
                down. Find the root cause at step {placement.nextStep.step.number} and fix that first.
              </p>
            </div>
          )}

          <h3>How well each step is held</h3>
          {/* Paper leaves out the explanations (here and the climb time) so answers and result share one page. */}
          <p class="field-hint no-print">
            Each bar is the step’s average answer, from Not yet (0) to Always ({MAX_ANSWER_POINTS}). The line marks
            Mostly ({HELD_AVERAGE_POINTS}), the least a held step needs, with no Not yet.
          </p>
          <StepBars scores={placement.scores} />

          <h3>
            {placement.nextStep
              ? `What keeps you from step ${placement.nextStep.step.number}: ${placement.nextStep.step.name}`
              : 'What keeps you from the next step'}
          </h3>
          {placement.nextStep ? (
            <ul class="ladder-unmet">
              {placement.nextStep.unmet.map(({ statement, answer }) => (
                <li key={statement.id}>
                  {statement.text} <span class="ladder-unmet-answer">You answered: {ANSWER_LABELS[answer]}.</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>Nothing: you hold every step. The work now is to keep it that way.</p>
          )}

          <h3>{placement.nextStep ? 'Next actions' : 'Actions to stay at the top'}</h3>
          <ol class="ladder-actions">
            {listNextActions(placement.stepNumber).map((action) => (
              <li key={action.text}>
                {action.text} <a href={withBase(base, action.path)}>{action.linkText}</a>
              </li>
            ))}
          </ol>

          <h3 class="no-print">How long the climb takes</h3>
          <p class="no-print">{describeClimbTime(placement.stepNumber)}</p>
        </>
      )}
    </section>
  );
}
