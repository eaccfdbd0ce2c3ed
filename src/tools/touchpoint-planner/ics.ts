/**
 * A touchpoint plan as an iCalendar file (RFC 5545), written by the `ics` library: one all-day event per
 * contact. Loaded only when the user downloads, because `ics` brings its own validator (yup) that a
 * first visit should not pay for.
 *
 * Pure: the time stamp (DTSTAMP) and the site's address come in as arguments.
 */
import { createEvents, type EventAttributes } from 'ics';
import { addDaysToIsoDate, type IsoDate } from '../shared/calendar-date';
import { CHANNEL_LABELS, sortContacts } from './contacts';
import type { PlanContact, TouchpointPlan } from './schema';
import { CYCLE_STEPS, describeSuggestion, PURPOSES } from './model';

/** Identifies this site as the calendar's producer (RFC 5545 PRODID). */
export const CALENDAR_PRODUCT_ID = '-//Loyalty Playbook//Touchpoint planner//EN';

/** Domain part of every event UID, so UIDs never clash with another program's events. */
export const UID_DOMAIN = 'touchpoints.loyalty-playbook';

/** What the calendar file is made from. */
export interface PlanCalendarInput {
  plan: TouchpointPlan;
  /** The client's current name (from the shared client list). */
  clientName: string;
  /** When the file is made, in milliseconds since 1970 (written as each event's DTSTAMP). */
  stampedAt: number;
  /** The site's address with its base path, for example `https://example.org/loyalty/`, for guidance links. */
  siteUrl: string;
}

/** A finished calendar file, or why it could not be made. */
export type PlanCalendarResult = { ok: true; fileName: string; text: string } | { ok: false; message: string };

/**
 * Builds the stable UID of a contact's event: the same plan and contact always give the same UID, so
 * importing the file again updates the events rather than adding copies.
 * @param planId the plan's id
 * @param contactId the contact's id within the plan
 */
export function toEventUid(planId: string, contactId: string): string {
  return `${planId}-${contactId}@${UID_DOMAIN}`;
}

/**
 * Names the downloaded file after the client, in letters, digits and dashes only.
 * @param clientName the client's name
 */
export function toCalendarFileName(clientName: string): string {
  const slug = clientName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `touchpoints-${slug || 'client'}.ics`;
}

/** Escapes TEXT the way RFC 5545 (3.3.11) asks: backslash, semicolon and comma. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (character) => `\\${character}`);
}

function toDateArray(date: IsoDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

/**
 * Writes the summary of a contact's event: client, purpose and channel.
 * @param contact the contact
 * @param clientName the client's name
 */
export function toEventSummary(contact: PlanContact, clientName: string): string {
  return `${clientName}: ${PURPOSES[contact.purpose].label} (${CHANNEL_LABELS[contact.channel].inSentence})`;
}

function toEvent(input: PlanCalendarInput, contact: PlanContact): EventAttributes {
  const purpose = PURPOSES[contact.purpose];
  const step = CYCLE_STEPS[purpose.step.number];
  const guideUrl = new URL(purpose.guide.path, input.siteUrl).href;
  const description = [
    describeSuggestion(contact),
    '',
    `Step ${step.number} of the referral cycle: ${step.name}.`,
    `Guidance: ${guideUrl}`,
  ].join('\n');
  // `timestamp` (DTSTAMP) is accepted by ics but missing from its type declarations.
  const event = {
    uid: toEventUid(input.plan.id, contact.id),
    sequence: contact.revision,
    timestamp: input.stampedAt,
    title: toEventSummary(contact, input.clientName),
    description,
    url: guideUrl,
    start: toDateArray(contact.date),
    // An all-day event ends on the next day (DTEND is exclusive in RFC 5545).
    end: toDateArray(addDaysToIsoDate(contact.date, 1)),
    // A reminder to get in touch should not block the day as busy.
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    status: contact.status === 'skipped' ? 'CANCELLED' : 'CONFIRMED',
  } satisfies EventAttributes & { timestamp: number };
  return event;
}

/**
 * Builds the calendar file of a plan: one all-day event per contact, in date order. Skipped contacts
 * are written as cancelled, so a calendar that imported them before takes them off.
 * @param input the plan, the client's name, the time stamp and the site's address
 */
export function buildPlanCalendar(input: PlanCalendarInput): PlanCalendarResult {
  const events = sortContacts(input.plan.contacts).map((contact) => toEvent(input, contact));
  const { error, value } = createEvents(events, {
    productId: CALENDAR_PRODUCT_ID,
    method: 'PUBLISH',
    // ics escapes summaries and descriptions but writes the calendar name as given.
    calName: escapeText(`Touchpoints: ${input.clientName}`),
  });
  if (error || !value) {
    return { ok: false, message: 'The calendar file could not be made. Please try again, or print the plan instead.' };
  }
  return { ok: true, fileName: toCalendarFileName(input.clientName), text: value };
}
