/**
 * The loyalty-ladder self-placement quiz: fifteen statements in five steps, the placement they give,
 * past results as a chart, "Start again" with undo and "Copy link" to share the answers.
 * Thin: the rules live in `src/tools/ladder-quiz/model.ts`, the state in `src/tools/ladder-quiz/store.ts`.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { ANSWER_LABELS, buildShareUrl, LADDER_STATEMENTS, LADDER_STEPS, parseShareQuery, placeOnLadder, SHARE_PARAM } from './model';
import { LADDER_QUIZ_SUBJECT } from './facts';
import type { LadderAnswers, LadderQuizData } from './schema';
import { $ladderQuiz, applySharedAnswers, LADDER_QUIZ_STORE_NAME, restoreAnswers, setAnswer, startAgain } from './store';
import HistoryChart from './HistoryChart';
import LadderResult from './LadderResult';
import StatementChoice from './StatementChoice';
import CopyLinkButton from '../shared/CopyLinkButton';
import RecordStamp from '../shared/RecordStamp';
import SavedDataNotices from '../shared/SavedDataNotices';
import UndoBar from '../shared/UndoBar';
import { createLazyLoader } from '../shared/lazy-load';
import { useHydrated } from '../shared/use-hydrated';
import './ladder-quiz.css';

/**
 * What the server renders, and what the island shows while it hydrates: Preact's hydration keeps the
 * server's attributes (a radio's `checked`, for one), so the first browser render must match; it also
 * keeps build-time data from ever being shown as the user's own.
 */
const SERVER_STATE: LadderQuizData = { answers: {}, history: [] };

type PreviewComponent = (typeof import('./SharedAnswersPreview'))['default'];

/** The preview of a link's answers: only needed when a link is opened over answers of one's own. */
const loadSharedAnswersPreview = createLazyLoader(() => import('./SharedAnswersPreview'));

/** An answer set that Undo can bring back, and what the Undo bar says about it. */
interface UndoableChange {
  message: string;
  answers: LadderAnswers;
}

/** Tells how many values a share link held that could not be read. */
function describeIgnored(ignored: number): string {
  const values = ignored === 1 ? '1 value' : `${ignored} values`;
  return `The link held ${values} that could not be read, so ${ignored === 1 ? 'that statement is' : 'those statements are'} left unanswered.`;
}

/** The quiz, its result and its history. */
export default function LadderQuiz() {
  const hydrated = useHydrated();
  const saved = useStore($ladderQuiz);
  const { answers, history } = hydrated ? saved : SERVER_STATE;
  const placement = placeOnLadder(answers);
  const [undoable, setUndoable] = useState<UndoableChange | null>(null);
  const [linkNotice, setLinkNotice] = useState<string | null>(null);
  const [sharedPreview, setSharedPreview] = useState<LadderAnswers | null>(null);
  const [SharedAnswersPreview, setPreviewComponent] = useState<PreviewComponent | undefined>(undefined);
  const answered = LADDER_STATEMENTS.length - (placement.kind === 'incomplete' ? placement.remaining : 0);

  // A share link's answers are read once, then removed from the address, so a reload or a later bookmark
  // does not overwrite answers changed since. Over answers of the user's own they open as a preview, and
  // replace them only when the user says so; with none saved there is nothing to lose, so they apply.
  useEffect(() => {
    const shared = parseShareQuery(window.location.search);
    if (!shared.found) return;
    const own = $ladderQuiz.get().answers;
    const differs = LADDER_STATEMENTS.some((statement) => own[statement.id] !== shared.answers[statement.id]);
    if (Object.keys(own).length > 0 && differs) {
      loadSharedAnswersPreview().then(
        (module) => {
          setPreviewComponent(() => module.default);
          setSharedPreview(shared.answers);
        },
        () => setLinkNotice('The answers from the link could not be shown (the browser may be offline); your own answers are unchanged.'),
      );
    } else {
      applySharedAnswers(shared.answers);
    }
    if (shared.ignored > 0) setLinkNotice(describeIgnored(shared.ignored));
    const url = new URL(window.location.href);
    url.searchParams.delete(SHARE_PARAM);
    window.history.replaceState(window.history.state, '', url.href);
  }, []);

  function clearAnswers() {
    const cleared = startAgain();
    if (Object.keys(cleared).length === 0) return;
    setUndoable({ message: 'Cleared your answers. Past results are kept.', answers: cleared });
  }

  function acceptSharedAnswers() {
    if (!sharedPreview) return;
    const previous = applySharedAnswers(sharedPreview);
    setSharedPreview(null);
    setUndoable({ message: 'Showing the answers from the link in place of yours.', answers: previous });
  }

  function undo() {
    if (undoable) restoreAnswers(undoable.answers);
    setUndoable(null);
  }

  return (
    <div class="tool ladder-quiz">
      <RecordStamp />
      <SavedDataNotices names={[LADDER_QUIZ_STORE_NAME]} />
      {linkNotice && (
        <div class="notice notice-warning" role="status">
          <p>
            {linkNotice}{' '}
            <button type="button" class="secondary" onClick={() => setLinkNotice(null)}>
              Dismiss
            </button>
          </p>
        </div>
      )}
      {sharedPreview && SharedAnswersPreview && (
        <SharedAnswersPreview shared={sharedPreview} own={answers} onUse={acceptSharedAnswers} onKeep={() => setSharedPreview(null)} />
      )}
      <form class="ladder-questions" onSubmit={(event) => event.preventDefault()}>
        <p class="ladder-progress no-print">
          <span>
            {answered} of {LADDER_STATEMENTS.length} answered
          </span>
          <progress max={LADDER_STATEMENTS.length} value={answered} aria-hidden="true" />
        </p>
        <p class="field-hint">
          Answer for {LADDER_QUIZ_SUBJECT}, as things are today.
          Your answers stay in this browser.
        </p>
        {LADDER_STEPS.map((step) => (
          <fieldset key={step.number} id={`ladder-step-${step.number}`}>
            <legend>
              Step {step.number}: {step.name}
            </legend>
            <p class="field-hint">{step.summary}</p>
            {step.statements.map((statement) => (
              <StatementChoice
                key={statement.id}
                statement={statement}
                answer={answers[statement.id]}
                onAnswer={(level) => setAnswer(statement.id, level)}
              />
            ))}
          </fieldset>
        ))}
      </form>
      {/* Paper gets each statement with its answer; the form's radio buttons stay on screen. */}
      <div class="print-only ladder-print-answers">
        {LADDER_STEPS.map((step) => (
          <div key={step.number}>
            <p class="ladder-print-step">
              Step {step.number}: {step.name}
            </p>
            <dl>
              {step.statements.map((statement) => (
                <div key={statement.id}>
                  <dt>{statement.text}</dt>
                  <dd>{answers[statement.id] ? ANSWER_LABELS[answers[statement.id]!] : 'Not answered'}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>

      <LadderResult placement={placement} />

      {undoable && <UndoBar message={undoable.message} onUndo={undo} onDismiss={() => setUndoable(null)} />}
      <div class="button-row no-print">
        <button type="button" class="secondary" onClick={clearAnswers}>
          Start again
        </button>
        <CopyLinkButton buildUrl={() => buildShareUrl(window.location.href, answers)} />
      </div>

      {history.length > 0 && (
        <section class="ladder-climb" aria-labelledby="ladder-climb-heading">
          <h2 id="ladder-climb-heading">Your climb so far</h2>
          <HistoryChart history={history} />
        </section>
      )}
    </div>
  );
}
