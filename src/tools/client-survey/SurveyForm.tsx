/**
 * The survey as the client sees it (`/survey/#s=…`): the seven scorer questions from the client's side,
 * the recommend question and an optional comment. Nothing is sent or stored: "Make my reply link" puts
 * the answers into a link the client sends back. Answers live in this component's state only, so this
 * page imports no saved store.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import CopyLinkButton from '../shared/CopyLinkButton';
import FormField from '../shared/FormField';
import RecordStamp from '../shared/RecordStamp';
import { formatIsoDateForReading, toIsoDate } from '../shared/calendar-date';
import {
  ANSWER_MAX,
  ANSWER_MIN,
  buildLink,
  COMMENT_MAX_CHARS,
  decodeSurvey,
  encodeReply,
  measureReplyOverrun,
  type LinkRead,
  type SurveyReply,
  type SurveyRequest,
} from './model';
import { CLIENT_QUESTIONS, RECOMMEND_HIGH, RECOMMEND_LOW, RECOMMEND_QUESTION } from './form';
import { withBase } from '../../lib/url';
import type { InputId } from '../loyalty-score/public';
import './survey-form.css';

const SCALE = Array.from({ length: ANSWER_MAX - ANSWER_MIN + 1 }, (_, i) => ANSWER_MIN + i);

type AnswerId = InputId | 'recommend';

interface ScaleProps {
  name: string;
  legend: string;
  words: string;
  value: number | undefined;
  invalid: boolean;
  onChange(value: number): void;
}

function Scale({ name, legend, words, value, invalid, onChange }: ScaleProps) {
  return (
    <fieldset class="cs-question" aria-describedby={`${name}-words`} aria-invalid={invalid ? 'true' : undefined} data-question={name}>
      <legend>{legend}</legend>
      <p class="field-hint" id={`${name}-words`}>
        {words}
      </p>
      <div class="cs-scale">
        {SCALE.map((n) => (
          <label key={n} class="cs-point">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
      {invalid && (
        <p class="field-error">
          Choose a number from {ANSWER_MIN} to {ANSWER_MAX}.
        </p>
      )}
    </fieldset>
  );
}

function replyAddress(): string {
  return new URL(withBase(import.meta.env.BASE_URL, 'tools/client-survey/'), location.href).href;
}

/** The survey form. */
export default function SurveyForm() {
  const id = useId();
  const [survey, setSurvey] = useState<LinkRead<SurveyRequest> | undefined>();
  const [answers, setAnswers] = useState<Partial<Record<AnswerId, number>>>({});
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<AnswerId[]>([]);
  const [commentError, setCommentError] = useState('');
  const [link, setLink] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const update = () => setSurvey(decodeSurvey(location.hash));
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);

  if (!survey) {
    return <p class="cs-loading">Opening the survey…</p>;
  }
  if (!survey.ok) {
    return (
      <div class="notice notice-warning">
        <p>
          <strong>This survey link cannot be opened.</strong> {survey.message}
        </p>
        <p>Ask the person who sent it for the link again.</p>
      </div>
    );
  }
  const request = survey.value;
  const asker = request.askerName || 'Your supplier';

  function answer(questionId: AnswerId, value: number) {
    setAnswers({ ...answers, [questionId]: value });
    setMissing(missing.filter((m) => m !== questionId));
    setLink(undefined);
  }

  function makeLink(event: Event) {
    event.preventDefault();
    const ids: AnswerId[] = [...CLIENT_QUESTIONS.map((q) => q.id), 'recommend'];
    const unanswered = ids.filter((questionId) => answers[questionId] === undefined);
    setMissing(unanswered);
    if (unanswered.length > 0) {
      setLink(undefined);
      formRef.current?.querySelector<HTMLInputElement>(`fieldset[data-question="${id}-${unanswered[0]}"] input`)?.focus();
      return;
    }
    const reply: SurveyReply = {
      surveyId: request.surveyId,
      answeredOn: toIsoDate(new Date()),
      ratings: Object.fromEntries(CLIENT_QUESTIONS.map((q) => [q.id, answers[q.id]!])) as Record<InputId, number>,
      recommend: answers.recommend!,
      comment: comment.trim(),
    };
    const made = buildLink(replyAddress(), encodeReply(reply));
    const overrun = measureReplyOverrun(made);
    if (overrun > 0) {
      setCommentError(
        `The comment is too long for a link by ${overrun} characters (accents, symbols and line breaks take more room than plain letters). Shorten it a little.`,
      );
      setLink(undefined);
      return;
    }
    setCommentError('');
    setLink(made);
  }

  const mailto = link
    ? `mailto:?subject=${encodeURIComponent(`My reply to your survey (${request.clientName})`)}&body=${encodeURIComponent(`Here are my answers to your survey:\n\n${link}\n`)}`
    : undefined;

  return (
    <form ref={formRef} class="tool cs-survey" onSubmit={makeLink} noValidate>
      <RecordStamp />
      <p class="cs-intro">
        <strong>{asker}</strong> asks how their work for <strong>{request.clientName}</strong> looks from your side (survey of{' '}
        {formatIsoDateForReading(request.askedOn)}). Rate each statement from 0 (not at all) to 10 (completely).
      </p>
      <p class="notice cs-privacy">
        Your answers are not sent anywhere and not saved on this device. When you have answered, <strong>Make my reply link</strong> puts them into a
        link; you send that link back yourself, by e-mail or message. Closing this page forgets them.
      </p>
      {CLIENT_QUESTIONS.map((question, index) => (
        <Scale
          key={question.id}
          name={`${id}-${question.id}`}
          legend={`${index + 1}. ${question.statement}`}
          words={`0: ${question.low} · 5: ${question.middle} · 10: ${question.high}`}
          value={answers[question.id]}
          invalid={missing.includes(question.id)}
          onChange={(value) => answer(question.id, value)}
        />
      ))}
      <Scale
        name={`${id}-recommend`}
        legend={`8. ${RECOMMEND_QUESTION}`}
        words={`0: ${RECOMMEND_LOW} · 10: ${RECOMMEND_HIGH}`}
        value={answers.recommend}
        invalid={missing.includes('recommend')}
        onChange={(value) => answer('recommend', value)}
      />
      <FormField
        id={`${id}-comment`}
        class="cs-comment-field"
        label="Anything you would like to add? (optional)"
        hint={`${[...comment].length} of ${COMMENT_MAX_CHARS} characters`}
        error={commentError || undefined}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            maxLength={COMMENT_MAX_CHARS}
            value={comment}
            onInput={(e) => {
              setComment(e.currentTarget.value);
              setLink(undefined);
            }}
          />
        )}
      </FormField>
      {missing.length > 0 && (
        <p class="field-error" role="alert">
          Answer every question first: {missing.length} {missing.length === 1 ? 'is' : 'are'} still open.
        </p>
      )}
      <div class="button-row no-print">
        <button type="submit">Make my reply link</button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          Print the survey
        </button>
      </div>
      <div role="status" class="no-print">
        {link && `Your reply link is ready. Send it back to ${request.askerName || 'your supplier'}.`}
      </div>
      {link && (
        <div class="cs-reply no-print">
          <FormField id={`${id}-link`} label="Your reply link">
            {(control) => <input {...control} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />}
          </FormField>
          <div class="button-row">
            <CopyLinkButton buildUrl={() => link} label="Copy my reply link" copiedText="Reply link copied. Paste it into a message back." />
            <a class="button secondary" href={mailto}>
              E-mail my reply
            </a>
          </div>
        </div>
      )}
    </form>
  );
}
