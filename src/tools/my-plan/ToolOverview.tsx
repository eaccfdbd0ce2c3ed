/**
 * Where each tool stands: latest scores, ladder step, this week's tally, upcoming contacts and clients
 * needing attention. A tool never used shows an invitation with a link, never a row of zeros.
 */
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { formatIsoDateForReading } from '../shared/calendar-date';
import { REMOVED_CLIENT_NAME } from '../shared/client-name';
import { findTool, TOOLS } from '../registry';
import {
  type ChecklistSummary,
  type ClientScore,
  type LadderSummary,
  type PlannerSummary,
  type PlanToolId,
  type ReviewSummary,
  type SurveySummary,
  type ToolSummaries,
} from './model';
import { withBase } from '../../lib/url';
import { $toolSummaries, $unavailableTools } from './store';


function ToolCard({ id, children }: { id: PlanToolId; children: ComponentChildren }) {
  const tool = findTool(id);
  const titleId = `plan-tool-${id}`;
  return (
    <section class="plan-tool" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <a href={withBase(import.meta.env.BASE_URL, tool.path)}>{tool.title}</a>
      </h3>
      {children}
    </section>
  );
}

function Invitation({ id, unavailable }: { id: PlanToolId; unavailable: boolean }) {
  const tool = findTool(id);
  if (unavailable) {
    return <p class="plan-muted">This tool’s saved data could not be loaded (the page may be offline). Reload to try again.</p>;
  }
  return (
    <p class="plan-invitation">
      Not used yet. {tool.why} <a href={withBase(import.meta.env.BASE_URL, tool.path)}>{tool.invitation}</a>.
    </p>
  );
}

function Scores({ scores }: { scores: readonly ClientScore[] }) {
  return (
    <ul class="plan-list">
      {scores.map((row) => (
        <li key={row.clientId}>
          <strong>{row.clientName ?? REMOVED_CLIENT_NAME}</strong>: {row.score} ({row.bandName}), weakest factor {row.weakestFactor}
          <span class="plan-muted"> · saved {formatIsoDateForReading(row.savedOn)}</span>
        </li>
      ))}
    </ul>
  );
}

function Ladder({ ladder }: { ladder: LadderSummary }) {
  if (!ladder.latest) return <p>Quiz started but not finished: answer the remaining statements to see your step.</p>;
  return (
    <p>
      <strong>{ladder.latest.label}</strong>
      <span class="plan-muted"> · quiz taken {formatIsoDateForReading(ladder.latest.date)}</span>
    </p>
  );
}

function Checklist({ checklist }: { checklist: ChecklistSummary }) {
  const { thisWeek, habitCount } = checklist;
  const ticks = `${thisWeek.ticks} ${thisWeek.ticks === 1 ? 'tick' : 'ticks'}`;
  return (
    <>
      <p>
        This week: <strong>{thisWeek.habitsPractised} of {habitCount} habits</strong> practised, {ticks}.
        {thisWeek.challengeMet ? ' Challenge met.' : ''}
      </p>
      <h4 class="plan-subtitle">Habits practised, last eight weeks</h4>
      <ol class="plan-weeks">
        {checklist.lastEightWeeks.map((week) => (
          <li key={week.week} data-met={week.challengeMet ? 'true' : undefined}>
            <span class="plan-week-name">Week {Number(week.week.slice(-2))}</span>{' '}
            <span class="plan-week-count">
              {week.habitsPractised} of {habitCount}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

function Contacts({ planner }: { planner: PlannerSummary }) {
  if (planner.upcoming.length === 0) {
    const plans = `${planner.planCount} ${planner.planCount === 1 ? 'plan' : 'plans'}`;
    return <p>No contacts due in the next 14 days ({plans} saved).</p>;
  }
  return (
    <ul class="plan-list">
      {planner.upcoming.map((contact) => (
        <li key={contact.key}>
          <span class={contact.overdue ? 'plan-overdue' : undefined}>
            {formatIsoDateForReading(contact.date)}
            {contact.overdue ? ' (overdue)' : ''}
          </span>
          : {contact.purpose}, {contact.clientName}
        </li>
      ))}
    </ul>
  );
}

function Reviews({ review }: { review: ReviewSummary }) {
  if (review.needingAttention.length === 0) {
    const clients = `${review.reviewCount} reviewed ${review.reviewCount === 1 ? 'client is' : 'clients are'}`;
    return <p>All {clients} inside their zone, and no review is due.</p>;
  }
  return (
    <ul class="plan-list">
      {review.needingAttention.map((row) => (
        <li key={row.reviewId}>
          <strong>{row.clientName}</strong>: <span data-status={row.status}>{row.statusLabel}</span>
          {row.due ? `, review due since ${formatIsoDateForReading(row.dueOn)}` : ''}
        </li>
      ))}
    </ul>
  );
}

function formatNps(score: number): string {
  return score > 0 ? `+${score}` : score < 0 ? `−${Math.abs(score)}` : '0';
}

function ClientViews({ survey }: { survey: SurveySummary }) {
  const nps = survey.netPromoterScore;
  const waiting = survey.awaitingReply === 0 ? '' : ` ${survey.awaitingReply} ${survey.awaitingReply === 1 ? 'survey is' : 'surveys are'} awaiting a reply.`;
  return (
    <>
      {nps.score === undefined ? (
        <p>No reply in the last 12 months, so no Net Promoter Score yet.{waiting}</p>
      ) : (
        <p>
          Net Promoter Score: <strong>{formatNps(nps.score)}</strong>{' '}
          <span class="plan-muted">
            ({nps.promoters} {nps.promoters === 1 ? 'promoter' : 'promoters'}, {nps.passives} {nps.passives === 1 ? 'passive' : 'passives'},{' '}
            {nps.detractors} {nps.detractors === 1 ? 'detractor' : 'detractors'}; {nps.total} {nps.total === 1 ? 'client' : 'clients'} who replied in the last 12
            months)
          </span>
          .{waiting}
        </p>
      )}
      {survey.clients.length > 0 && (
        <ul class="plan-list">
          {survey.clients.map((row) => (
            <li key={row.clientId}>
              <strong>{row.clientName ?? REMOVED_CLIENT_NAME}</strong>: {row.score} in the client’s view ({row.bandName}), would recommend {row.recommend} of 10
              <span class="plan-muted"> · replied {formatIsoDateForReading(row.answeredOn)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** How My plan shows each tool's summary; a tool with no entry here is shown as in use, with a link. */
const SUMMARY_VIEWS: { [Id in keyof ToolSummaries]: (summary: ToolSummaries[Id]) => ComponentChildren } = {
  'loyalty-score': (scores) => <Scores scores={scores} />,
  'ladder-quiz': (ladder) => <Ladder ladder={ladder} />,
  'weekly-checklist': (checklist) => <Checklist checklist={checklist} />,
  'touchpoint-planner': (planner) => <Contacts planner={planner} />,
  'tolerance-review': (review) => <Reviews review={review} />,
  'client-survey': (survey) => <ClientViews survey={survey} />,
};

function showSummary(id: PlanToolId, summary: unknown): ComponentChildren {
  const view = (SUMMARY_VIEWS as Partial<Record<PlanToolId, (value: unknown) => ComponentChildren>>)[id];
  return view ? view(summary) : <p>In use in this browser.</p>;
}

/** Props of {@link ToolOverview}. */
export interface ToolOverviewProps {
  /** False until the saved data has been read. */
  ready: boolean;
}

/** Shows each tool's state, in the registry's order. */
export default function ToolOverview({ ready }: ToolOverviewProps) {
  const summaries = useStore($toolSummaries);
  const unavailable = useStore($unavailableTools);
  if (!ready) return null;
  return (
    <section class="plan-section" aria-labelledby="plan-overview-title">
      <h2 id="plan-overview-title">Where you stand</h2>
      <div class="plan-tools">
        {TOOLS.map((tool) => (
          <ToolCard key={tool.id} id={tool.id}>
            {summaries[tool.id] === undefined ? (
              <Invitation id={tool.id} unavailable={unavailable.includes(tool.id)} />
            ) : (
              showSummary(tool.id, summaries[tool.id])
            )}
          </ToolCard>
        ))}
      </div>
    </section>
  );
}
