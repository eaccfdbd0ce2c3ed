/**
 * Everything shown once the user has a plan: the list of plans and the open plan. Loaded by the island
 * only when there is a plan to show, so a first visit downloads just the form.
 */
import { useEffect } from 'preact/hooks';
import type { PlanSummary } from '../../stores/touchpoint-planner';
import PlanList from './PlanList';
import PlanSheet from './PlanSheet';

/** Props of {@link PlanArea}. */
export interface PlanAreaProps {
  summaries: readonly PlanSummary[];
  selected: PlanSummary | undefined;
  today: string;
  /** Id for the open plan's heading. */
  sheetHeadingId: string;
  /** Raised by the island each time focus should move to the open plan's heading. */
  focusRequest: number;
  onOpen(planId: string): void;
  onDelete(): void;
  announce(message: string): void;
}

/** The list of plans and the open plan. */
export default function PlanArea(props: PlanAreaProps) {
  const { summaries, selected, today, sheetHeadingId, focusRequest } = props;

  useEffect(() => {
    if (focusRequest > 0) document.getElementById(sheetHeadingId)?.focus();
  }, [focusRequest, sheetHeadingId]);

  return (
    <>
      <PlanList summaries={summaries} selectedId={selected?.plan.id} today={today} onOpen={props.onOpen} />
      {selected && (
        <PlanSheet summary={selected} headingId={sheetHeadingId} announce={props.announce} onDelete={props.onDelete} />
      )}
    </>
  );
}
