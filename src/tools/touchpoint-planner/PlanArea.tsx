/**
 * The list of plans and the open plan.
 * Part of the engine chunk (see `engine.ts`), so it is loaded only when there is something to show.
 */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { $today } from '../shared/today';
import { $planSummaries, $selectedPlan, selectPlan, type PlanSummary } from './store';
import PlanList from './PlanList';
import PlanSheet from './PlanSheet';

/** Props of {@link PlanArea}. */
export interface PlanAreaProps {
  /** Id for the open plan's heading. */
  sheetHeadingId: string;
  /** Raised by the island each time focus should move to the open plan's heading. */
  focusRequest: number;
  /** Called after the user opened a plan from the list. */
  onOpened(): void;
  /** Called when the user deletes the open plan. */
  onDelete(summary: PlanSummary): void;
  announce(message: string): void;
}

/** The list of plans and the open plan. */
export default function PlanArea({ sheetHeadingId, focusRequest, onOpened, onDelete, announce }: PlanAreaProps) {
  const summaries = useStore($planSummaries);
  const selected = useStore($selectedPlan);
  const today = useStore($today);

  useEffect(() => {
    if (focusRequest > 0) document.getElementById(sheetHeadingId)?.focus();
  }, [focusRequest, sheetHeadingId]);

  function open(planId: string) {
    selectPlan(planId);
    onOpened();
  }

  return (
    <>
      {summaries.length > 0 && (
        <PlanList summaries={summaries} selectedId={selected?.plan.id} today={today} onOpen={open} />
      )}
      {selected && (
        <PlanSheet summary={selected} headingId={sheetHeadingId} announce={announce} onDelete={() => onDelete(selected)} />
      )}
    </>
  );
}
