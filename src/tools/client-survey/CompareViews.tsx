/**
 * Your view beside the client's: for each client with a saved reply, the three factors and the loyalty
 * score as the user's latest scorecard has them and as the client's latest reply has them, with the gap.
 * Overrating by 15 points or more is said first: it is the finding that most needs action.
 */
import { useStore } from '@nanostores/preact';
import { $clients } from '../shared/clients';
import { REMOVED_CLIENT_NAME } from '../shared/client-name';
import { formatIsoDateForReading } from '../shared/calendar-date';
import { $scorecards, findLatestScorecard, scoreLoyalty } from '../loyalty-score/public';
import { compareViews, formatGap, OVERRATING_POINTS } from './advice';
import { $latestReplyByClient } from './store';
import './client-survey.css';

/** Props of {@link CompareViews}. */
export interface CompareViewsProps {
  hydrated: boolean;
  headingLevel?: 2 | 3;
}

/** Shows each client's view beside the user's. */
export default function CompareViews({ hydrated, headingLevel = 2 }: CompareViewsProps) {
  const latest = useStore($latestReplyByClient);
  const cards = useStore($scorecards);
  const clients = useStore($clients);
  const replies = Object.values(latest);
  if (!hydrated || replies.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section class="cs-compare" aria-labelledby="cs-compare-title">
      <Heading id="cs-compare-title">Your view and the client’s</Heading>
      {replies.map((reply) => {
        const name = clients.find((client) => client.id === reply.clientId)?.name ?? REMOVED_CLIENT_NAME;
        const card = findLatestScorecard(cards, reply.clientId);
        const theirs = scoreLoyalty(reply.ratings);
        const titleId = `cs-compare-${reply.surveyId}`;
        if (!card) {
          return (
            <section key={reply.surveyId} class="cs-compare-client" aria-labelledby={titleId}>
              <Sub id={titleId}>{name}</Sub>
              <p>
                The client’s view scores {theirs.score} ({theirs.band.name}), replied {formatIsoDateForReading(reply.answeredOn)}. Save a scorecard
                for {name} in the scorer to see your view beside it.
              </p>
            </section>
          );
        }
        const comparison = compareViews(scoreLoyalty(card.entries), theirs);
        return (
          <section key={reply.surveyId} class="cs-compare-client" aria-labelledby={titleId}>
            <Sub id={titleId}>{name}</Sub>
            <p class={comparison.overrated.length > 0 ? 'notice notice-warning cs-finding' : 'notice cs-finding'}>
              <strong>{comparison.headline}</strong>
              {comparison.overrated.length > 1 &&
                ` Also ${OVERRATING_POINTS}+ points above the client: ${comparison.overrated
                  .slice(1)
                  .map((row) => `${row.label.toLowerCase()} (${formatGap(row.gap)})`)
                  .join(', ')}.`}
            </p>
            <table class="cs-table">
              <caption class="visually-hidden">Your view and {name}’s view, 0 to 100</caption>
              <thead>
                <tr>
                  <th scope="col">Score</th>
                  <th scope="col">Your view</th>
                  <th scope="col">Client’s view</th>
                  <th scope="col">Gap</th>
                </tr>
              </thead>
              <tbody>
                {comparison.rows.map((row) => (
                  <tr key={row.id} data-overrated={row.overrated ? 'true' : undefined}>
                    <th scope="row">{row.label}</th>
                    <td>{row.yours}</td>
                    <td>{row.theirs}</td>
                    <td>
                      {formatGap(row.gap)}
                      {row.overrated && <span class="visually-hidden"> (you rate yourself higher)</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p class="field-hint">
              Your scorecard of {formatIsoDateForReading(card.savedOn)}; the client’s reply of {formatIsoDateForReading(reply.answeredOn)}. A positive
              gap means you rate yourself higher than the client does.
            </p>
          </section>
        );
      })}
    </section>
  );
}
