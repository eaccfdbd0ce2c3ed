/**
 * "Ask the client": for a named client, makes a survey link and offers three ways to send it: copy the
 * link, a ready e-mail with a short message the user can edit first, and the survey on one printed page.
 */
import { useStore } from '@nanostores/preact';
import { useId, useRef, useState } from 'preact/hooks';
import ClientNameField from '../shared/ClientNameField';
import FormField from '../shared/FormField';
import { $clients, addClient } from '../shared/clients';
import { $today } from '../shared/today';
import { ASKER_NAME_MAX_CHARS, buildLink, encodeSurvey, type SurveyRequest } from './model';
import { askClient } from './store';
import { DeferredAskResult } from './Deferred';
import { withBase } from '../../lib/url';

/** Address of the survey page on this site. */
function surveyAddress(): string {
  return new URL(withBase(import.meta.env.BASE_URL, 'survey/'), location.href).href;
}

/** Props of {@link AskClient}. */
export interface AskClientProps {
  /** False until hydrated: the server renders no client names. */
  hydrated: boolean;
  /** Heading level of the section's title (2 on the tool pages, 3 inside a guidance page's embed). */
  headingLevel?: 2 | 3;
  /** Told the client's name once a link is made for them (the printed record is theirs). */
  onAsked?(clientName: string): void;
}

/** Makes a survey link for one client. */
export default function AskClient({ hydrated, headingLevel = 2, onAsked }: AskClientProps) {
  const id = useId();
  const clients = useStore($clients);
  const [clientName, setClientName] = useState('');
  const [askerName, setAskerName] = useState('');
  const [error, setError] = useState<{ field: 'client' | 'asker' | 'form'; message: string } | undefined>();
  const [made, setMade] = useState<{ request: SurveyRequest; link: string } | undefined>();
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
    onAsked?.(request.clientName);
  }

  return (
    // On paper, asking leaves only its record: the link made, written out in full (AskResult).
    <section class={made ? 'cs-ask' : 'cs-ask no-print'} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} class="no-print">
        Ask the client
      </Heading>
      <p class="no-print">
        Send the client these seven questions as a link; their answers come back as a link, through no server.
      </p>
      {/* The form only once hydrated: it does nothing without scripts, and the server's HTML stays small. */}
      {hydrated && (
        <form onSubmit={ask} noValidate class="cs-ask-form no-print">
          <ClientNameField
            id={`${id}-client`}
            label="Client"
            hint="The client’s name as you know them; shown to the client at the top of the survey."
            error={error?.field === 'client' ? error.message : undefined}
            clients={clients}
            value={clientName}
            onValue={setClientName}
            inputRef={nameRef}
          />
          <FormField
            id={`${id}-asker`}
            label="Your name, as the client knows you (optional)"
            error={error?.field === 'asker' ? error.message : undefined}
          >
            {(control) => (
              <input
                {...control}
                ref={askerRef}
                type="text"
                autocomplete="name"
                value={askerName}
                onInput={(e) => setAskerName(e.currentTarget.value)}
              />
            )}
          </FormField>
          <div class="button-row">
            <button type="submit">Ask the client</button>
          </div>
          {error?.field === 'form' && <p class="field-error">{error.message}</p>}
        </form>
      )}
      <div role="status" class="cs-ask-status no-print">
        {made &&
          `Survey link made for ${made.request.clientName}. It carries only the client’s name${made.request.askerName ? ', your name' : ''}, a survey number and today’s date.`}
      </div>
      {made && <DeferredAskResult key={made.request.surveyId} request={made.request} link={made.link} />}
    </section>
  );
}
