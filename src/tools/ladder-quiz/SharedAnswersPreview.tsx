/**
 * A shared quiz link opened over answers of one's own: the link's answers and placement beside the user's,
 * statement by statement. Nothing is replaced until the user chooses "Use the link's answers" (which
 * offers Undo); "Keep mine" closes the preview.
 */
import { ANSWER_LABELS, describeStep, LADDER_STATEMENTS, placeOnLadder, type LadderPlacement } from './model';
import type { LadderAnswers } from './schema';

/** Props of {@link SharedAnswersPreview}. */
export interface SharedAnswersPreviewProps {
  shared: LadderAnswers;
  own: LadderAnswers;
  onUse(): void;
  onKeep(): void;
}

/** Names a placement in a few words, or how many statements it has answered so far. */
function describePlacement(placement: LadderPlacement): string {
  if (placement.kind === 'placed') return describeStep(placement.stepNumber);
  return `${LADDER_STATEMENTS.length - placement.remaining} of ${LADDER_STATEMENTS.length} answered`;
}

/** The preview of a link's answers beside the user's own. */
export default function SharedAnswersPreview({ shared, own, onUse, onKeep }: SharedAnswersPreviewProps) {
  const answerOf = (answers: LadderAnswers, id: string) => {
    const answer = answers[id];
    return answer ? ANSWER_LABELS[answer] : 'Not answered';
  };
  return (
    <section class="notice ladder-shared-preview no-print" aria-labelledby="ladder-shared-heading">
      <h2 id="ladder-shared-heading">Answers from the link you opened</h2>
      <p>
        Your own answers are kept until you choose. From the link: <strong>{describePlacement(placeOnLadder(shared))}</strong>.
        Yours: <strong>{describePlacement(placeOnLadder(own))}</strong>.
      </p>
      <table class="ladder-shared-table">
          <caption class="visually-hidden">Each statement’s answer from the link beside yours</caption>
          <thead>
            <tr>
              <th scope="col">Statement</th>
              <th scope="col">From the link</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {LADDER_STATEMENTS.map((statement) => (
              <tr key={statement.id} class={shared[statement.id] === own[statement.id] ? undefined : 'ladder-shared-differs'}>
                <th scope="row">{statement.text}</th>
                <td>{answerOf(shared, statement.id)}</td>
                <td>{answerOf(own, statement.id)}</td>
              </tr>
            ))}
          </tbody>
      </table>
      <div class="button-row">
        <button type="button" onClick={onUse}>
          Use the link’s answers
        </button>
        <button type="button" class="secondary" onClick={onKeep}>
          Keep mine
        </button>
      </div>
    </section>
  );
}
