/**
 * A plan's contacts: the lists their values come from, and the small reading and editing rules the
 * planner needs on every page view (next contact, upcoming contacts, done/skipped/moved). What a saved
 * plan looks like is in `schema.ts`; making plans (scheduling, purposes, suggestions, referrals) lives in
 * `model.ts`, which the planner loads only when a plan is made or shown.
 *
 * Kept apart from `schema.ts` so the form, which needs only the lists, does not download zod.
 * Pure: dates come in as ISO `YYYY-MM-DD` text, nothing here reads the clock or storage.
 */
import { countDaysBetween, isIsoDate, type IsoDate } from '../shared/calendar-date';
import { NEW_CLIENT_CONTACTS } from '../shared/playbook-facts';
import type { Channel, ContactStatus, PlanContact, TouchpointPlan } from './schema';

/** Ways of getting in touch the user can choose from. */
export const CHANNELS = ['call', 'email', 'visit', 'note'] as const;

/** How each channel reads in a list ("Call", "E-mail"…) and inside a sentence. */
export const CHANNEL_LABELS: Readonly<Record<Channel, { title: string; inSentence: string }>> = {
  call: { title: 'Call', inSentence: 'call' },
  email: { title: 'E-mail', inSentence: 'e-mail' },
  visit: { title: 'Visit', inSentence: 'visit' },
  note: { title: 'Handwritten note', inSentence: 'handwritten note' },
};

/** Fewest contacts in a plan: source 003 asks for six to eight contacts in the first 60 days. */
export const MIN_CONTACTS = NEW_CLIENT_CONTACTS.min;
/** Most contacts in a plan (source 003, as above). */
export const MAX_CONTACTS = NEW_CLIENT_CONTACTS.max;
/** Contacts proposed when the user has no preference: the middle of the source's range. */
export const DEFAULT_CONTACTS = 7;

/** My plan lists the touchpoints due in the next 14 days (two working weeks ahead). */
export const UPCOMING_WINDOW_DAYS = 14;
/**
 * Plan dates are kept to this century so a typing slip (year 20266 or 0202) is caught at the field
 * rather than producing a plan nobody can use.
 */
export const EARLIEST_PLAN_DATE: IsoDate = '2000-01-01';
/** See {@link EARLIEST_PLAN_DATE}. */
export const LATEST_PLAN_DATE: IsoDate = '2099-12-31';

/** What a contact is for. */
export const PURPOSE_IDS = [
  'thank',
  'check-in',
  'educate',
  'personal',
  'review',
  'introduce',
  'referral',
  'stay-in-touch',
  'acknowledge',
  'close-loop',
] as const;

/** Where a contact stands. */
export const CONTACT_STATUSES = ['planned', 'done', 'skipped'] as const;

/**
 * Checks a date the user typed and explains what is wrong with it.
 * @param text the date text, `YYYY-MM-DD` from a date field
 * @returns undefined when the date is usable, otherwise a message for the field
 */
export function checkPlanDate(text: string): string | undefined {
  // A browser's date field reports an unfinished or impossible date as empty text.
  if (text.trim() === '') return 'Enter a full date: day, month and year.';
  if (!isIsoDate(text)) return 'Enter a real date, for example 2026-03-02.';
  if (text < EARLIEST_PLAN_DATE || text > LATEST_PLAN_DATE) return 'Choose a date between the years 2000 and 2099.';
  return undefined;
}

/**
 * Orders contacts by date; contacts on the same day keep the order they were planned in.
 * @param contacts a plan's contacts
 */
export function sortContacts(contacts: readonly PlanContact[]): PlanContact[] {
  return contacts
    .map((contact, index) => ({ contact, index }))
    .sort((a, b) => (a.contact.date < b.contact.date ? -1 : a.contact.date > b.contact.date ? 1 : a.index - b.index))
    .map(({ contact }) => contact);
}

function updateContact(plan: TouchpointPlan, contactId: string, change: Partial<PlanContact>): TouchpointPlan {
  return {
    ...plan,
    contacts: sortContacts(
      plan.contacts.map((contact) =>
        contact.id === contactId ? { ...contact, ...change, revision: contact.revision + 1 } : contact,
      ),
    ),
  };
}

/**
 * Marks a contact done, skipped or back to planned.
 * @param plan the plan
 * @param contactId the contact's id
 * @param status its new status
 */
export function setContactStatusInPlan(plan: TouchpointPlan, contactId: string, status: ContactStatus): TouchpointPlan {
  return updateContact(plan, contactId, { status });
}

/**
 * Moves a contact to another date (any real date: the user knows their own calendar).
 * @param plan the plan
 * @param contactId the contact's id
 * @param date the new date, already checked with {@link checkPlanDate}
 */
export function moveContactInPlan(plan: TouchpointPlan, contactId: string, date: IsoDate): TouchpointPlan {
  return updateContact(plan, contactId, { date });
}

/**
 * Finds the earliest contact still to do (overdue ones included), or undefined when none is left.
 * @param plan the plan
 */
export function findNextContact(plan: TouchpointPlan): PlanContact | undefined {
  return sortContacts(plan.contacts).find((contact) => contact.status === 'planned');
}

/** A contact due soon, with the plan it belongs to. */
export interface UpcomingContact {
  planId: string;
  clientId: string;
  contact: PlanContact;
  /** Its date has passed and it is still planned. */
  overdue: boolean;
}

/**
 * Lists the contacts still planned from any plan that fall before the end of the window (overdue ones
 * first, as they are the most urgent), in date order.
 * @param plans every plan
 * @param today today's date
 * @param days how many days ahead, today included (default {@link UPCOMING_WINDOW_DAYS})
 */
export function listUpcomingContacts(
  plans: readonly TouchpointPlan[],
  today: IsoDate,
  days: number = UPCOMING_WINDOW_DAYS,
): UpcomingContact[] {
  const upcoming: UpcomingContact[] = [];
  for (const plan of plans) {
    for (const contact of plan.contacts) {
      if (contact.status !== 'planned' || countDaysBetween(today, contact.date) >= days) continue;
      upcoming.push({ planId: plan.id, clientId: plan.clientId, contact, overdue: contact.date < today });
    }
  }
  return upcoming.sort((a, b) => (a.contact.date < b.contact.date ? -1 : a.contact.date > b.contact.date ? 1 : 0));
}
