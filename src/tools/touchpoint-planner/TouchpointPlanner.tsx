/**
 * The new-client touchpoint planner: make a dated plan of six to eight contacts for a client's first
 * 60 days, keep several clients' plans, tick contacts off, move or skip them, log referrals, and put
 * the plan in a calendar (.ics) or on paper. Placed on `/tools/touchpoint-planner/` and in the
 * referral-cycle guidance. Logic lives in `src/tools/touchpoint-planner/*.ts`, state in
 * `src/tools/touchpoint-planner/store.ts`.
 *
 * Loading: this island ships the form only. Its engine (stores and plan view, `engine.ts`) loads at
 * once when this browser holds planner data or clients, when another tab saves some, or as soon as the
 * user starts on the form; the scheduling rules and the calendar writer load on first use.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatIsoDateForReading } from '../shared/calendar-date';
import type { PlanRequestInput } from './model';
import type { Client } from '../shared/clients';
import { $today } from '../shared/today';
import type { DeletedPlan, MakePlanResult, PlanSummary } from './store';
import UndoBar from '../shared/UndoBar';
import { createLazyLoader, followSavedData, hasSavedData } from '../shared/lazy-load';
import PlanForm from './PlanForm';
import { useHydrated } from '../shared/use-hydrated';
import './touchpoint-planner.css';

/**
 * The saved stores the planner reads: when either holds data (here or, later, from another tab), the
 * engine is needed at once; their set-aside notices are this tool's to show.
 */
const SAVED_DATA_NAMES = ['touchpoint-planner', 'clients'] as const;

/** Loads the engine (stores and plan view) once; a failed load (offline) is retried on the next call. */
const loadEngine = createLazyLoader(() => import('./engine'));

/** The engine module, once loaded. */
type PlannerEngine = Awaited<ReturnType<typeof loadEngine>>;

/** Said when a part of the planner cannot be fetched. */
const OFFLINE_MESSAGE = 'Part of the planner could not be loaded (the page may be offline). Please try again.';

interface PendingUndo {
  message: string;
  restore: DeletedPlan;
}

/** The touchpoint planner island. */
export default function TouchpointPlanner() {
  const id = useId();
  const hydrated = useHydrated();
  const today = useStore($today);
  const [engine, setEngine] = useState<PlannerEngine | undefined>(undefined);
  const [clients, setClients] = useState<readonly Client[]>([]);
  const [summaries, setSummaries] = useState<readonly PlanSummary[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [undo, setUndo] = useState<PendingUndo | undefined>(undefined);
  const [focusRequest, setFocusRequest] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<PlannerEngine | undefined>(undefined);
  const sheetHeadingId = `${id}-sheet`;

  async function startEngine(): Promise<PlannerEngine> {
    const loaded = await loadEngine();
    engineRef.current = loaded;
    setEngine(() => loaded);
    return loaded;
  }

  function startEngineQuietly() {
    startEngine().then(
      (loaded) => loaded.preparePlanRules(),
      () => setAnnouncement(OFFLINE_MESSAGE),
    );
  }

  useEffect(() => {
    if (hasSavedData(SAVED_DATA_NAMES)) startEngineQuietly();
    return followSavedData(SAVED_DATA_NAMES, startEngineQuietly);
  }, []);

  useEffect(() => {
    if (!engine) return undefined;
    const stopClients = engine.$clients.subscribe(setClients);
    const stopSummaries = engine.$planSummaries.subscribe(setSummaries);
    return () => {
      stopClients();
      stopSummaries();
    };
  }, [engine]);

  /** Announces a change, or that the browser refused to store it (the change stays on screen). */
  function announceChange(message: string) {
    // The engine is read from the ref: a plan just made may be announced before the state update lands.
    const refused = engineRef.current?.findSaveFailure(SAVED_DATA_NAMES);
    setAnnouncement(refused && message ? `Not saved (the browser refused to store it; see the message above): ${message}` : message);
  }

  function focusSoon(selector: string) {
    requestAnimationFrame(() => rootRef.current?.querySelector<HTMLElement>(selector)?.focus());
  }

  function focusSheet() {
    setFocusRequest((count) => count + 1);
  }

  async function makePlan(input: PlanRequestInput): Promise<MakePlanResult> {
    let loaded: PlannerEngine;
    try {
      loaded = await startEngine();
    } catch {
      return { ok: false, errors: { clientName: OFFLINE_MESSAGE } };
    }
    return loaded.makePlan(input);
  }

  function planMade(result: Extract<MakePlanResult, { ok: true }>) {
    const { plan, clientName, replaced } = result;
    const first = plan.contacts[0]!;
    const last = plan.contacts.at(-1)!;
    setUndo(replaced ? { message: `Replaced the earlier plan for ${clientName}.`, restore: replaced } : undefined);
    announceChange(
      `Plan made for ${clientName}: ${plan.contacts.length} contacts from ${formatIsoDateForReading(first.date)} to ${formatIsoDateForReading(last.date)}.`,
    );
    focusSheet();
  }

  function removePlan(summary: PlanSummary) {
    const removed = engine?.deletePlan(summary.plan.id);
    if (!removed) return;
    setUndo({ message: `Deleted the plan for ${summary.clientName}.`, restore: removed });
    announceChange('');
    focusSoon('.tp-undo button');
  }

  function undoLast() {
    if (!undo || !engine) return;
    engine.restorePlan(undo.restore);
    setUndo(undefined);
    announceChange('Restored the plan.');
    focusSheet();
  }

  return (
    <div class="tool touchpoint-planner" ref={rootRef}>
      {engine && <engine.SavedDataNotices names={SAVED_DATA_NAMES} />}
      <PlanForm
        hydrated={hydrated}
        today={today}
        clients={clients}
        summaries={summaries}
        makePlan={makePlan}
        onMade={planMade}
        onStart={() => engine || startEngineQuietly()}
      />
      <p class="tp-announcement no-print" role="status">
        {announcement}
      </p>
      {undo && (
        <div class="tp-undo">
          <UndoBar message={undo.message} onUndo={undoLast} onDismiss={() => setUndo(undefined)} />
        </div>
      )}
      {engine && (
        <engine.PlanArea
          sheetHeadingId={sheetHeadingId}
          focusRequest={focusRequest}
          onOpened={focusSheet}
          onDelete={removePlan}
          announce={announceChange}
        />
      )}
    </div>
  );
}
