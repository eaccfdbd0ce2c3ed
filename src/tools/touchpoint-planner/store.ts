/**
 * The touchpoint planner's state: every client's plan, which one is open, and what My plan shows as
 * coming up.
 *
 * Data shape: saved store `touchpoint-planner` (version 1) holds `{ plans: TouchpointPlan[] }` (see
 * `schema.ts`); each plan names its client by id in the shared client list (`clients`), never by a copy
 * of the name. Which plan is open (`$selectedPlanId`) lives only for the page view.
 * Lifecycle: read from storage on first import (unreadable data is set aside with a notice by
 * `createSavedStore`); each action writes the whole plan list back; other tabs follow through the
 * storage event. Making plans and logging referrals load the scheduling rules (`model.ts`) on
 * first use, and the calendar export loads `ics` likewise, so a first visit downloads neither.
 */
import { nanoid } from 'nanoid';
import { atom, computed } from 'nanostores';
import { REMOVED_CLIENT_NAME, validateClientName } from '../shared/client-name';
import {
  checkPlanDate,
  findNextContact,
  listUpcomingContacts,
  moveContactInPlan,
  setContactStatusInPlan,
  type UpcomingContact,
} from './contacts';
import { PlannerDataSchema, type ContactStatus, type PlanContact, type PlannerData, type TouchpointPlan } from './schema';
import type { PlanCalendarResult } from './ics';
import type { PlanRequestErrors, PlanRequestInput } from './model';
import { $clients, addClient, type Client } from '../shared/clients';
import { createSavedStore } from '../shared/saved-store';
import { $today } from '../shared/today';

/** When a part of the planner could not be fetched. */
const OFFLINE_MESSAGE = 'This part of the planner could not be loaded (the page may be offline). Please try again.';


/** Every plan the user has made, saved in this browser. */
export const $planner = createSavedStore<PlannerData>({
  name: 'touchpoint-planner',
  label: 'touchpoint planner',
  version: 1,
  schema: PlannerDataSchema,
  initial: { plans: [] },
});

/** The plan the user opened; when unset or gone, the plan with the soonest next contact is shown. */
export const $selectedPlanId = atom<string | undefined>(undefined);

/** A plan as the list of plans shows it. */
export interface PlanSummary {
  plan: TouchpointPlan;
  clientName: string;
  /** The earliest contact still to do, if any. */
  next: PlanContact | undefined;
  doneCount: number;
}

function nameClient(clients: readonly Client[], clientId: string): string {
  return clients.find((client) => client.id === clientId)?.name ?? REMOVED_CLIENT_NAME;
}

/** Every plan with its client's name and next contact, soonest next contact first, finished plans last. */
export const $planSummaries = computed([$planner, $clients], (data, clients): PlanSummary[] =>
  data.plans
    .map((plan) => ({
      plan,
      clientName: nameClient(clients, plan.clientId),
      next: findNextContact(plan),
      doneCount: plan.contacts.filter((contact) => contact.status === 'done').length,
    }))
    .sort((a, b) => {
      if (!a.next || !b.next) return a.next ? -1 : b.next ? 1 : 0;
      return a.next.date < b.next.date ? -1 : a.next.date > b.next.date ? 1 : 0;
    }),
);

/** The plan on screen, or undefined when there is none. */
export const $selectedPlan = computed([$planSummaries, $selectedPlanId], (summaries, id): PlanSummary | undefined =>
  summaries.find((summary) => summary.plan.id === id) ?? summaries[0],
);

/** A contact due soon, with its client's name. */
export interface UpcomingTouchpoint extends UpcomingContact {
  clientName: string;
}

/**
 * Contacts still planned in the next 14 days across every plan, overdue ones first: what My plan lists
 * as "upcoming touchpoints".
 */
export const $upcomingTouchpoints = computed([$planner, $clients, $today], (data, clients, today): UpcomingTouchpoint[] =>
  listUpcomingContacts(data.plans, today).map((upcoming) => ({
    ...upcoming,
    clientName: nameClient(clients, upcoming.clientId),
  })),
);

function updatePlan(planId: string, change: (plan: TouchpointPlan) => TouchpointPlan): void {
  const data = $planner.get();
  $planner.set({ plans: data.plans.map((plan) => (plan.id === planId ? change(plan) : plan)) });
}

function findPlan(planId: string): TouchpointPlan | undefined {
  return $planner.get().plans.find((plan) => plan.id === planId);
}

/** The outcome of making a plan. */
export type MakePlanResult =
  | { ok: true; plan: TouchpointPlan; clientName: string; replaced: DeletedPlan | undefined }
  | { ok: false; errors: PlanRequestErrors };

/** Loads the rules that make plans (a separate chunk, fetched on first use). */
function loadPlanRules() {
  return import('./model');
}

/**
 * Starts fetching the rules that make plans, so {@link makePlan} answers at once when called.
 */
export function preparePlanRules(): void {
  loadPlanRules().catch(() => {
    // Offline: makePlan reports it when the user submits.
  });
}

/**
 * Makes a plan for a client (added to the shared client list when new) and opens it. A client has one
 * plan: making another replaces it, keeping its calendar UIDs, and returns the old one for Undo.
 * @param input what the user typed
 */
export async function makePlan(input: PlanRequestInput): Promise<MakePlanResult> {
  let rules: Awaited<ReturnType<typeof loadPlanRules>>;
  try {
    rules = await loadPlanRules();
  } catch {
    return { ok: false, errors: { clientName: OFFLINE_MESSAGE } };
  }
  const { validatePlanRequest, createPlan } = rules;
  const checked = validatePlanRequest(input);
  if (!checked.ok) return checked;
  const added = addClient(checked.request.clientName);
  if (!added.ok) return { ok: false, errors: { clientName: added.message } };
  const { plans } = $planner.get();
  const index = plans.findIndex((plan) => plan.clientId === added.client.id);
  const previous = plans[index];
  const plan = createPlan(checked.request, { planId: nanoid(10), clientId: added.client.id }, previous);
  $planner.set({ plans: previous ? plans.map((p) => (p === previous ? plan : p)) : [...plans, plan] });
  $selectedPlanId.set(plan.id);
  return { ok: true, plan, clientName: added.client.name, replaced: previous ? { plan: previous, index } : undefined };
}

/**
 * Opens a plan.
 * @param planId the plan's id
 */
export function selectPlan(planId: string): void {
  $selectedPlanId.set(planId);
}

/**
 * Marks a contact done, skipped, or back to planned.
 * @param planId the plan's id
 * @param contactId the contact's id
 * @param status the new status
 */
export function setContactStatus(planId: string, contactId: string, status: ContactStatus): void {
  updatePlan(planId, (plan) => setContactStatusInPlan(plan, contactId, status));
}

/**
 * Moves a contact to another date; a date that is not real changes nothing.
 * @param planId the plan's id
 * @param contactId the contact's id
 * @param dateText the new date as typed
 * @returns a message for the date field when the date was refused
 */
export function moveContact(planId: string, contactId: string, dateText: string): { ok: true } | { ok: false; message: string } {
  const problem = checkPlanDate(dateText);
  if (problem) return { ok: false, message: problem };
  updatePlan(planId, (plan) => moveContactInPlan(plan, contactId, dateText));
  return { ok: true };
}

/** Messages for the referral form's fields. */
export type ReferralErrors = Partial<Record<'date' | 'referredName', string>>;

/**
 * Logs a referral from a plan's client: adds an acknowledgement the same (working) day and a "tell them
 * how it went" contact later. Bad input changes nothing.
 * @param planId the referrer's plan
 * @param input the referral's date and, optionally, who was referred
 */
export async function logReferral(
  planId: string,
  input: { date: string; referredName: string },
): Promise<{ ok: true; contacts: PlanContact[] } | { ok: false; errors: ReferralErrors }> {
  const errors: ReferralErrors = {};
  const dateProblem = checkPlanDate(input.date);
  if (dateProblem) errors.date = dateProblem;
  let referredName: string | undefined;
  if (input.referredName.trim() !== '') {
    const checked = validateClientName(input.referredName);
    if (checked.ok) referredName = checked.name;
    else errors.referredName = checked.message.replace('the client’s name', 'the name');
  }
  if (errors.date || errors.referredName) return { ok: false, errors };
  let addReferralToPlan: Awaited<ReturnType<typeof loadPlanRules>>['addReferralToPlan'];
  try {
    ({ addReferralToPlan } = await loadPlanRules());
  } catch {
    return { ok: false, errors: { date: OFFLINE_MESSAGE } };
  }
  const plan = findPlan(planId);
  if (!plan) return { ok: false, errors: { date: 'This plan no longer exists.' } };
  const updated = addReferralToPlan(plan, referredName ? { date: input.date, referredName } : { date: input.date });
  updatePlan(planId, () => updated);
  const before = new Set(plan.contacts.map((contact) => contact.id));
  return { ok: true, contacts: updated.contacts.filter((contact) => !before.has(contact.id)) };
}

/** A deleted plan and where it was, for Undo. */
export interface DeletedPlan {
  plan: TouchpointPlan;
  index: number;
}

/**
 * Deletes a plan (the client stays in the shared list for the other tools).
 * @param planId the plan's id
 * @returns what was deleted, to pass to {@link restorePlan}
 */
export function deletePlan(planId: string): DeletedPlan | undefined {
  const { plans } = $planner.get();
  const index = plans.findIndex((plan) => plan.id === planId);
  if (index < 0) return undefined;
  $planner.set({ plans: plans.filter((plan) => plan.id !== planId) });
  return { plan: plans[index]!, index };
}

/**
 * Puts back a deleted or replaced plan (Undo).
 * @param restored the plan and its former position
 */
export function restorePlan(restored: DeletedPlan): void {
  const plans = $planner.get().plans.filter((plan) => plan.id !== restored.plan.id);
  plans.splice(Math.min(restored.index, plans.length), 0, restored.plan);
  $planner.set({ plans });
  $selectedPlanId.set(restored.plan.id);
}

/**
 * Writes a plan's calendar file. The `ics` library is loaded here, on first use, to keep it out of the
 * page's first visit.
 * @param planId the plan's id
 * @param options when the file is made (ms since 1970) and the site's address with its base path
 */
export async function exportPlanCalendar(
  planId: string,
  options: { stampedAt: number; siteUrl: string },
): Promise<PlanCalendarResult> {
  const plan = findPlan(planId);
  if (!plan) return { ok: false, message: 'This plan no longer exists.' };
  try {
    const { buildPlanCalendar } = await import('./ics');
    return buildPlanCalendar({ plan, clientName: nameClient($clients.get(), plan.clientId), ...options });
  } catch {
    return { ok: false, message: OFFLINE_MESSAGE };
  }
}
