/**
 * The new-client touchpoint planner: make a dated plan of six to eight contacts for a client's first
 * 60 days, keep several clients' plans, tick contacts off, move or skip them, log referrals, and put
 * the plan in a calendar (.ics) or on paper. Placed on `/tools/touchpoint-planner/` and in the
 * referral-cycle guidance. Logic lives in `src/lib/touchpoint-plan.ts`, state in
 * `src/stores/touchpoint-planner.ts`.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatIsoDateForReading } from '../lib/calendar-date';
import { $today } from '../stores/today';
import {
  $planSummaries,
  $selectedPlan,
  deletePlan,
  restorePlan,
  selectPlan,
  type DeletedPlan,
  type MakePlanResult,
} from '../stores/touchpoint-planner';
import SavedDataNotices from './shared/SavedDataNotices';
import UndoBar from './shared/UndoBar';
import type PlanAreaComponent from './touchpoint-planner/PlanArea';
import PlanForm from './touchpoint-planner/PlanForm';
import { useHydrated } from './touchpoint-planner/use-hydrated';
import './touchpoint-planner/touchpoint-planner.css';

/** The stores whose set-aside notices this tool shows. */
const SAVED_DATA_NAMES = ['touchpoint-planner', 'clients'] as const;

/** Loads the plan list and open plan (a separate chunk: a first visit has no plan to show). */
function loadPlanArea(): Promise<typeof PlanAreaComponent> {
  return import('./touchpoint-planner/PlanArea').then((module) => module.default);
}

interface PendingUndo {
  message: string;
  restore: DeletedPlan;
}

/** The touchpoint planner island. */
export default function TouchpointPlanner() {
  const id = useId();
  const hydrated = useHydrated();
  const storedSummaries = useStore($planSummaries);
  const storedSelected = useStore($selectedPlan);
  const today = useStore($today);
  // Saved plans exist only in the browser: render none until hydrated, exactly like the server did.
  const summaries = hydrated ? storedSummaries : [];
  const selected = hydrated ? storedSelected : undefined;
  const [announcement, setAnnouncement] = useState('');
  const [undo, setUndo] = useState<PendingUndo | undefined>(undefined);
  const [focusRequest, setFocusRequest] = useState(0);
  const [PlanArea, setPlanArea] = useState<typeof PlanAreaComponent | undefined>(undefined);
  const rootRef = useRef<HTMLDivElement>(null);
  const sheetHeadingId = `${id}-sheet`;

  useEffect(() => {
    if (summaries.length > 0 && !PlanArea) preloadPlanArea();
  }, [summaries.length > 0]);

  function preloadPlanArea() {
    loadPlanArea().then(
      (component) => setPlanArea(() => component),
      () => setAnnouncement('Your plans could not be shown (the page may be offline). Reload the page to try again.'),
    );
  }

  function focusSoon(selector: string) {
    requestAnimationFrame(() => rootRef.current?.querySelector<HTMLElement>(selector)?.focus());
  }

  function focusSheet() {
    setFocusRequest((count) => count + 1);
  }

  function planMade(result: Extract<MakePlanResult, { ok: true }>) {
    const { plan, clientName, replaced } = result;
    const first = plan.contacts[0]!;
    const last = plan.contacts.at(-1)!;
    setUndo(replaced ? { message: `Replaced the earlier plan for ${clientName}.`, restore: replaced } : undefined);
    setAnnouncement(
      `Plan made for ${clientName}: ${plan.contacts.length} contacts from ${formatIsoDateForReading(first.date)} to ${formatIsoDateForReading(last.date)}.`,
    );
    focusSheet();
  }

  function openPlan(planId: string) {
    selectPlan(planId);
    focusSheet();
  }

  function removeSelected() {
    if (!selected) return;
    const removed = deletePlan(selected.plan.id);
    if (!removed) return;
    setUndo({ message: `Deleted the plan for ${selected.clientName}.`, restore: removed });
    setAnnouncement('');
    focusSoon('.tp-undo button');
  }

  function undoLast() {
    if (!undo) return;
    restorePlan(undo.restore);
    setUndo(undefined);
    setAnnouncement('Restored the plan.');
    focusSheet();
  }

  return (
    <div class="tool touchpoint-planner" ref={rootRef}>
      <SavedDataNotices names={SAVED_DATA_NAMES} />
      <PlanForm hydrated={hydrated} onMade={planMade} onStart={() => PlanArea || preloadPlanArea()} />
      <p class="tp-announcement no-print" role="status">
        {announcement}
      </p>
      {undo && (
        <div class="tp-undo">
          <UndoBar message={undo.message} onUndo={undoLast} onDismiss={() => setUndo(undefined)} />
        </div>
      )}
      {PlanArea && summaries.length > 0 && (
        <PlanArea
          summaries={summaries}
          selected={selected}
          today={today}
          sheetHeadingId={sheetHeadingId}
          focusRequest={focusRequest}
          onOpen={openPlan}
          onDelete={removeSelected}
          announce={setAnnouncement}
        />
      )}
    </div>
  );
}
