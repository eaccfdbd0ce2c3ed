/**
 * A reply link opened in the user's browser: shows the client's answers and saves them on "Save this
 * reply", to the client whose survey it answers (found by survey id) or, when this browser does not know
 * the survey, to the client the user picks or names. A link that cannot be read is named and nothing saved.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { $clients } from '../shared/clients';
import FormField from '../shared/FormField';
import { formatIsoDateForReading } from '../shared/calendar-date';
import { $today } from '../shared/today';
import { CLIENT_QUESTIONS, RECOMMEND_QUESTION } from './form';
import { decodeReply, type LinkRead, type SurveyReply } from './model';
import { $surveyData, findClientOfReply, saveReply } from './store';
import { watchWrites } from '../shared/saved-store';

/** Value of the client choice that means "a client not in the list". */
const NEW_CLIENT = '';

function readHash(): LinkRead<SurveyReply> | undefined {
  // Only a fragment meant for this page is read; an empty one means the page was opened without a reply.
  return location.hash === '' || location.hash === '#' ? undefined : decodeReply(location.hash);
}

/** Shows and saves a reply opened from a link. */
export default function ReceiveReply() {
  const id = useId();
  const clients = useStore($clients);
  useStore($surveyData);
  const [read, setRead] = useState<LinkRead<SurveyReply> | undefined>();
  const [choice, setChoice] = useState(NEW_CLIENT);
  const [newName, setNewName] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ field?: 'client'; message: string } | undefined>();

  useEffect(() => {
    const update = () => {
      setRead(readHash());
      setStatus('');
      setError(undefined);
    };
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);

  if (!read) return null;
  if (!read.ok) {
    return (
      <section class="notice notice-warning cs-receive" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>This reply link cannot be read</h2>
        <p>{read.message}</p>
        <p>Nothing was saved and nothing else changed.</p>
      </section>
    );
  }
  const reply = read.value;
  const client = findClientOfReply(reply);

  function save(event: Event) {
    event.preventDefault();
    const picked = client ? undefined : choice === NEW_CLIENT ? { newName } : { clientId: choice };
    const { value: result, failure } = watchWrites(() => saveReply(reply, picked, $today.get()));
    if (result.ok && failure && result.outcome !== 'already-saved') {
      // The browser refused the write: the reply stays on screen, and the shared notice says what to do.
      setError(undefined);
      setStatus(`The reply from ${result.clientName} is not saved: the browser refused to store it (see the message above).`);
      return;
    }
    if (!result.ok) {
      setStatus('');
      setError(result);
      return;
    }
    setError(undefined);
    setStatus(
      result.outcome === 'already-saved'
        ? `This reply from ${result.clientName} was already saved; nothing changed.`
        : result.outcome === 'replaced'
          ? `Saved the reply from ${result.clientName}, in place of an earlier reply to the same survey.`
          : `Saved the reply from ${result.clientName}.`,
    );
  }

  return (
    <section class="cs-receive" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{client ? `A reply from ${client.name}` : 'A reply to one of your surveys'}</h2>
      <p>
        Answered {formatIsoDateForReading(reply.answeredOn)}. The answers came in this page’s address, after the <code>#</code>, which your browser
        never sends to a server; they are saved in this browser only when you save them.
      </p>
      <table class="cs-table cs-answers">
        <caption class="visually-hidden">The client’s answers, 0 to 10</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Answer</th>
          </tr>
        </thead>
        <tbody>
          {CLIENT_QUESTIONS.map((question) => (
            <tr key={question.id}>
              <th scope="row">{question.statement}</th>
              <td>{reply.ratings[question.id]} of 10</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{RECOMMEND_QUESTION}</th>
            <td>{reply.recommend} of 10</td>
          </tr>
        </tbody>
      </table>
      <h3>Comment</h3>
      {reply.comment ? <blockquote class="cs-comment">{reply.comment}</blockquote> : <p>No comment.</p>}
      <form onSubmit={save} noValidate>
        {!client && (
          <fieldset>
            <legend>Which client is this from?</legend>
            <p class="field-hint">This browser has no record of the survey (it may have been made on another device, or deleted).</p>
            <FormField id={`${id}-choice`} label="Client">
              {(control) => (
                <select {...control} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
                  <option value={NEW_CLIENT}>A client not in the list</option>
                  {clients.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {choice === NEW_CLIENT && (
              <FormField id={`${id}-new`} label="New client’s name" error={error?.field === 'client' ? error.message : undefined}>
                {(control) => (
                  <input {...control} type="text" autocomplete="off" value={newName} onInput={(e) => setNewName(e.currentTarget.value)} />
                )}
              </FormField>
            )}
          </fieldset>
        )}
        <div class="button-row">
          <button type="submit">Save this reply</button>
        </div>
        {error && !(error.field === 'client' && !client && choice === NEW_CLIENT) && <p class="field-error">{error.message}</p>}
      </form>
      <p role="status">{status}</p>
    </section>
  );
}
