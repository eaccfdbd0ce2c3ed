/**
 * What "Ask the client" offers once the survey link exists: the link, Copy survey link, the survey to
 * print, and a ready e-mail whose short message the user can edit. Loaded on the first "Ask the client".
 */
import { useId, useState } from 'preact/hooks';
import CopyLinkButton from '../shared/CopyLinkButton';
import FormField from '../shared/FormField';
import type { SurveyRequest } from './model';
import './client-survey.css';

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

/** Props of {@link AskResult}. */
export interface AskResultProps {
  request: SurveyRequest;
  link: string;
}

/** The survey link and the ways to send it. */
export default function AskResult({ request, link }: AskResultProps) {
  const id = useId();
  const [message, setMessage] = useState(() => writeMessage(request));
  return (
    <div class="cs-ask-result">
      {/* Paper gets the whole link as text: a text box prints only what fits in it. */}
      <p class="print-only cs-link-print">
        Survey link for {request.clientName}
        {request.askerName && `, from ${request.askerName}`}: {link}
      </p>
      <FormField id={`${id}-link`} label="Survey link">
        {(control) => <input {...control} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />}
      </FormField>
      <div class="button-row">
        <CopyLinkButton buildUrl={() => link} label="Copy survey link" copiedText="Survey link copied. Paste it into a message to your client." />
        <a class="button secondary" href={link} target="_blank" rel="noopener">
          Open the survey to print (one page)
        </a>
      </div>
      <FormField id={`${id}-message`} label="E-mail message" hint="Edit it as you like; the link is added below it.">
        {(control) => <textarea {...control} rows={7} value={message} onInput={(e) => setMessage(e.currentTarget.value)} />}
      </FormField>
      <p>
        <a class="button secondary" href={buildMailto(message, link)}>
          Write the e-mail
        </a>
      </p>
    </div>
  );
}
