/**
 * One statement of the quiz as a radio group: the statement is the group's name, the four answers are
 * native radio buttons (arrow keys move between them, Tab moves to the next statement).
 */
import { ANSWER_LABELS, ANSWER_LEVELS, type AnswerLevel, type LadderStatement } from './model';

/** Props of {@link StatementChoice}. */
export interface StatementChoiceProps {
  statement: LadderStatement;
  answer: AnswerLevel | undefined;
  onAnswer(level: AnswerLevel): void;
}

/** A statement with its four answers: Not yet, Sometimes, Mostly, Always. */
export default function StatementChoice({ statement, answer, onAnswer }: StatementChoiceProps) {
  const textId = `ladder-statement-${statement.id}`;
  return (
    <div class="ladder-statement" role="radiogroup" aria-labelledby={textId}>
      <p class="ladder-statement-text" id={textId}>
        {statement.text}
      </p>
      <div class="ladder-answers">
        {ANSWER_LEVELS.map((level) => (
          <label key={level}>
            <input type="radio" name={`ladder-${statement.id}`} checked={answer === level} onChange={() => onAnswer(level)} />
            <span>{ANSWER_LABELS[level]}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
