/**
 * The replies saved in this browser, per client, newest first, with the day each was answered, and the
 * surveys still waiting for a reply.
 */
import { useStore } from '@nanostores/preact';
import { $clients } from '../shared/clients';
import { REMOVED_CLIENT_NAME } from '../shared/client-name';
import { formatIsoDateForReading } from '../shared/calendar-date';
import { $surveyData } from './store';

/** Lists saved replies per client. */
export default function SavedReplies({ hydrated }: { hydrated: boolean }) {
  const data = useStore($surveyData);
  const clients = useStore($clients);
  if (!hydrated) return null;
  const answered = new Set(data.replies.map((reply) => reply.surveyId));
  const waiting = data.surveys.filter((survey) => !answered.has(survey.surveyId));
  const clientIds = [...new Set(data.replies.map((reply) => reply.clientId))];
  const nameOf = (clientId: string) => clients.find((client) => client.id === clientId)?.name ?? REMOVED_CLIENT_NAME;
  return (
    <section class="cs-saved" aria-labelledby="cs-saved-title">
      <h2 id="cs-saved-title">Saved replies</h2>
      {clientIds.length === 0 ? (
        <p>No reply saved yet. When a client sends you their reply link, open it in this browser to save it here.</p>
      ) : (
        <ul class="cs-saved-list">
          {clientIds.map((clientId) => (
            <li key={clientId}>
              <strong>{nameOf(clientId)}</strong>:{' '}
              {data.replies
                .filter((reply) => reply.clientId === clientId)
                .sort((a, b) => (a.answeredOn < b.answeredOn ? 1 : -1))
                .map((reply) => `replied ${formatIsoDateForReading(reply.answeredOn)} (would recommend ${reply.recommend} of 10)`)
                .join('; ')}
            </li>
          ))}
        </ul>
      )}
      {waiting.length > 0 && (
        <>
          <h3>Waiting for a reply</h3>
          <ul class="cs-saved-list">
            {waiting.map((survey) => (
              <li key={survey.surveyId}>
                {nameOf(survey.clientId)}: asked {formatIsoDateForReading(survey.askedOn)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
