/**
 * "Ask the client": for a named client, makes a survey link and offers three ways to send it: copy the
 * link, a ready e-mail with a short message the user can edit first, and the survey on one printed page.
 */
import { useStore } from '@nanostores/preact';
import { useId, useRef, useState } from 'preact/hooks';
import CopyLinkButton from '../shared/CopyLinkButton';
import FormField from '../shared/FormField';
import { $clients, addClient } from '../shared/clients';
import { $today } from '../shared/today';
import { ASKER_NAME_MAX_CHARS, buildLink, encodeSurvey, type SurveyRequest } from './model';
import { askClient } from './store';
import { withBase } from '../../lib/url';

/** Address of the survey page on this site. */
function surveyAddress(): string {
  return new URL(withBase(import.meta.env.BASE_URL, 'survey/'), location.href).href;
}

/** The e-mail's subject. */
const MAIL_SUBJECT = 'Two minutes on how our work looks from your side';

/**
 * The e-mail's message before the link; the user edits it before sending.
 * @param request the survey
 */
function writeMessage(request: SurveyRequest): string {
  const sign = request.askerName ? `\n\nThank you,\n${request.askerName}` : '\n\nThank you.';
  return `Hello,\n\nCould you spare two minutes to rate how our work for ${request.clientName} looks from your side? There are eight quick questions and room for a comment. Your answers are not sent anywhere: at the end the page gives you a reply link to send back to me.${sign}`;
}

/** Builds the `mailto:` address of the e-mail (no recipient: the user picks it in their mail program). */
function buildMailto(message: string, link: string): string {
  return `mailto:?subject=${encodeURIComponent(MAIL_SUBJECT)}&body=${encodeURIComponent(`${message}\n\nThe survey: ${link}\n`)}`;
}

/** Props of {@link AskClient}. */
export interface AskClientProps {
  /** False until hydrated: the server renders no client names. */
  hydrated: boolean;
  /** Heading level of the section's title (2 on the tool pages, 3 inside a guidance page's embed). */
  headingLevel?: 2 | 3;
}

/** Makes a survey link for one client. */
export default function AskClient({ hydrated, headingLevel = 2 }: AskClientProps) {
  const id = useId();
  const clients = useStore($clients);
  const [clientName, setClientName] = useState('');
  const [askerName, setAskerName] = useState('');
  const [error, setError] = useState<{ field: 'client' | 'asker' | 'form'; message: string } | undefined>();
  const [made, setMade] = useState<{ request: SurveyRequest; link: string } | undefined>();
  const [message, setMessage] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const askerRef = useRef<HTMLInputElement>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  function ask(event: Event) {
    event.preventDefault();
    const asker = askerName.replace(/\s+/g, ' ').trim();
    if ([...asker].length > ASKER_NAME_MAX_CHARS) {
      setError({
        field: 'asker',
        message: `Use at most ${ASKER_NAME_MAX_CHARS} characters for your name.`,
      });
      askerRef.current?.focus();
      return;
    }
    const added = addClient(clientName);
    if (!added.ok) {
      setError({ field: 'client', message: added.message });
      nameRef.current?.focus();
      return;
    }
    const asked = askClient(added.client.id, $today.get());
    if (!asked.ok) {
      setError({ field: 'form', message: asked.message });
      return;
    }
    const request: SurveyRequest = {
      surveyId: asked.survey.surveyId,
      clientName: added.client.name,
      askerName: asker,
      askedOn: asked.survey.askedOn,
    };
    setError(undefined);
    setMade({
      request,
      link: buildLink(surveyAddress(), encodeSurvey(request)),
    });
    setMessage(writeMessage(request));
  }

  return (
    <section class="cs-ask" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>Ask the client</Heading>
      <p>
        Your ratings are your own opinion. Send the same seven questions to the client: they answer on a page of this site, and send you back a link
        with their answers. Nothing passes through a server.
      </p>
      <form onSubmit={ask} noValidate class="cs-ask-form">
        <FormField
          id={`${id}-client`}
          label="Client"
          hint="The client’s name as you know them; shown to the client at the top of the survey."
          error={error?.field === 'client' ? error.message : undefined}
        >
          {(control) => (
            <>
              <input
                {...control}
                ref={nameRef}
                type="text"
                list={`${id}-clients`}
                autocomplete="off"
                value={clientName}
                onInput={(e) => setClientName(e.currentTarget.value)}
              />
              <datalist id={`${id}-clients`}>{hydrated && clients.map((client) => <option key={client.id} value={client.name} />)}</datalist>
            </>
          )}
        </FormField>
        <FormField id={`${id}-asker`} label="Your name, as the client knows you (optional)" error={error?.field === 'asker' ? error.message : undefined}>
          {(control) => (
            <input {...control} ref={askerRef} type="text" autocomplete="name" value={askerName} onInput={(e) => setAskerName(e.currentTarget.value)} />
          )}
        </FormField>
        <div class="button-row">
          <button type="submit">Ask the client</button>
        </div>
        {error?.field === 'form' && <p class="field-error">{error.message}</p>}
      </form>
      <div role="status" class="cs-ask-status">
        {made &&
          `Survey link made for ${made.request.clientName}. It carries only the client’s name${made.request.askerName ? ', your name' : ''}, a survey number and today’s date.`}
      </div>
      {made && (
        <div class="cs-ask-result">
          <FormField id={`${id}-link`} label="Survey link">
            {(control) => <input {...control} type="text" readOnly value={made.link} onFocus={(e) => e.currentTarget.select()} />}
          </FormField>
          <div class="button-row">
            <CopyLinkButton
              buildUrl={() => made.link}
              label="Copy survey link"
              copiedText="Survey link copied. Paste it into a message to your client."
            />
            <a class="button secondary" href={made.link} target="_blank" rel="noopener">
              Open the survey to print (one page)
            </a>
          </div>
          <FormField id={`${id}-message`} label="E-mail message" hint="Edit it as you like; the link is added below it.">
            {(control) => <textarea {...control} rows={7} value={message} onInput={(e) => setMessage(e.currentTarget.value)} />}
          </FormField>
          <p>
            <a class="button secondary" href={buildMailto(message, made.link)}>
              Write the e-mail
            </a>
          </p>
        </div>
      )}
    </section>
  );
}
