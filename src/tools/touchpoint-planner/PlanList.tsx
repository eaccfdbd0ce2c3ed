/**
 * Every client's plan kept in this browser, soonest next contact first, each opening its plan.
 */
import { useId } from 'preact/hooks';
import { formatIsoDateForReading } from '../shared/calendar-date';
import { CHANNEL_LABELS } from './contacts';
import { PURPOSES } from './model';
import type { PlanSummary } from './store';

/** Props of {@link PlanList}. */
export interface PlanListProps {
  summaries: readonly PlanSummary[];
  selectedId: string | undefined;
  today: string;
  onOpen(planId: string): void;
}

/** Describes a plan's next contact in a few words. */
function describeNext(summary: PlanSummary, today: string): string {
  const next = summary.next;
  if (!next) return 'Every contact is done or skipped.';
  const overdue = next.date < today ? ' (overdue)' : '';
  return `Next: ${formatIsoDateForReading(next.date)}${overdue}, ${PURPOSES[next.purpose].label.toLowerCase()} by ${CHANNEL_LABELS[next.channel].inSentence}.`;
}

/** The list of plans. */
export default function PlanList({ summaries, selectedId, today, onOpen }: PlanListProps) {
  const id = useId();
  return (
    <section class="tp-plans no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your plans</h2>
      <ul>
        {summaries.map((summary) => {
          const current = summary.plan.id === selectedId;
          return (
            <li key={summary.plan.id} class={current ? 'tp-current' : undefined}>
              <button
                type="button"
                class="secondary"
                aria-current={current ? 'true' : undefined}
                aria-label={`Open the plan for ${summary.clientName}`}
                onClick={() => onOpen(summary.plan.id)}
              >
                {summary.clientName}
              </button>{' '}
              <span class="tp-next">
                {describeNext(summary, today)} {summary.doneCount} of {summary.plan.contacts.length} done.
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
