/**
 * The new-client touchpoint plan: six to eight dated contacts over a client's first 60 days, each with a
 * purpose from the six-step referral cycle (source 003, "Creating Customer Loyalty: a Six-Step Model"),
 * a channel the user chose, and a one-line suggestion; also the two contacts a logged referral adds.
 * The saved shape is in `schema.ts`, the lists and the light reading rules in `contacts.ts`.
 *
 * Pure: dates come in as ISO `YYYY-MM-DD` text, nothing here reads the clock or storage.
 */
import {
  addDaysToIsoDate,
  addWorkingDaysToIsoDate,
  isWorkingDay,
  parseIsoDate,
  toWorkingDayOnOrAfter,
  toWorkingDayOnOrBefore,
  type IsoDate,
} from '../shared/calendar-date';
import { validateClientName } from '../shared/client-name';
import { readNumberText } from '../shared/number-text';
import { NEW_CLIENT_CONTACTS, REFERRER_THANKS } from '../shared/playbook-facts';
import { CHANNELS, checkPlanDate, MAX_CONTACTS, MIN_CONTACTS, sortContacts } from './contacts';
import type { Channel, PlanContact, PurposeId, TouchpointPlan } from './schema';

/** The plan covers the client's first 60 days (source 003), the start date being day 1. */
export const PLAN_WINDOW_DAYS = NEW_CLIENT_CONTACTS.windowDays;
/** The first contact comes within two days of the start (issue #7): thanks while the decision is fresh. */
export const FIRST_CONTACT_WITHIN_DAYS = 2;
/**
 * The plan is front-loaded: at least half of its contacts fall in the first three weeks, while a new
 * client is still deciding whether they chose well, and the gaps widen after (the playbook's reading of
 * source 003's "six to eight contacts in 60 days"; the tool page states it from this constant).
 */
export const FRONT_LOADED_DAYS = 21;
/**
 * The referral conversation waits until value has been shown, which takes more than the first three
 * contacts (issue #7; source 003 puts education and value before asking).
 */
export const REFERRAL_EARLIEST_POSITION = 4;
/**
 * A referral is acknowledged the day it arrives (source 003, step 5: acknowledge at once), or the next
 * working day when it arrives at a weekend; the guidance page states the same fact from the same module.
 */
export const ACKNOWLEDGE_AFTER_WORKING_DAYS = REFERRER_THANKS.delayWorkingDays;
/**
 * Two working weeks after a referral is long enough for the referred person to have been served, so
 * there is something to report when the user closes the loop with the referrer.
 */
export const CLOSE_THE_LOOP_AFTER_WORKING_DAYS = 10;
/** One step of the six-step model in source 003, in this site's words. */
export interface CycleStep {
  number: 1 | 2 | 3 | 4 | 5 | 6;
  name: string;
}

/** The six steps of the referral cycle (source 003), named the way the guidance page names them. */
export const CYCLE_STEPS: Readonly<Record<CycleStep['number'], CycleStep>> = {
  1: { number: 1, name: 'Deliver exceptional value' },
  2: { number: 2, name: 'Build the relationship' },
  3: { number: 3, name: 'Educate the new client' },
  4: { number: 4, name: 'Invite referrals' },
  5: { number: 5, name: 'Acknowledge referrals at once' },
  6: { number: 6, name: 'Repeat the cycle' },
};

/** How a purpose is described and which channels suit it. */
export interface Purpose {
  id: PurposeId;
  /** Short title, for example "Say thank you". */
  label: string;
  step: CycleStep;
  /** The guidance page behind this purpose: site path (without base) and title. */
  guide: Guide;
  /** Channels from most to least fitting; the plan takes the first one the user allows. */
  channelPreference: readonly Channel[];
  /**
   * One line on what to say or send.
   * @param referredName the person a referral was about, when known
   */
  suggest(referredName?: string): string;
}

/** A guidance page a contact links to. */
export interface Guide {
  /** Site path without the base path, for example `playbook/referral-cycle/`. */
  path: string;
  title: string;
}

const REFERRAL_GUIDE: Guide = { path: 'playbook/referral-cycle/', title: 'The referral cycle' };
/** Personal touches and introductions are the "extra mile" of the loyalty equation. */
const EXTRA_MILE_GUIDE: Guide = { path: 'playbook/loyalty-equation/', title: 'The loyalty equation' };

/** Every purpose, by id. Suggestions are this site's own wording. */
export const PURPOSES: Readonly<Record<PurposeId, Purpose>> = {
  thank: {
    id: 'thank',
    label: 'Say thank you',
    step: CYCLE_STEPS[2],
    guide: REFERRAL_GUIDE,
    channelPreference: ['note', 'call', 'email', 'visit'],
    suggest: () => 'Thank them for choosing you and make sure they know who to contact with any question.',
  },
  'check-in': {
    id: 'check-in',
    label: 'Early check-in',
    step: CYCLE_STEPS[1],
    guide: REFERRAL_GUIDE,
    channelPreference: ['call', 'email', 'visit', 'note'],
    suggest: () => 'Ask how the first days have gone and sort out any small snag before it grows.',
  },
  educate: {
    id: 'educate',
    label: 'Show what else you offer',
    step: CYCLE_STEPS[3],
    guide: REFERRAL_GUIDE,
    channelPreference: ['email', 'visit', 'call', 'note'],
    suggest: () => 'Point out one service they have not used yet that fits a need they mentioned.',
  },
  personal: {
    id: 'personal',
    label: 'Personal touch',
    step: CYCLE_STEPS[2],
    guide: EXTRA_MILE_GUIDE,
    channelPreference: ['note', 'visit', 'call', 'email'],
    suggest: () =>
      'Send something about them as a person: an article on a hobby, congratulations on news, an invitation to coffee.',
  },
  review: {
    id: 'review',
    label: 'Review results together',
    step: CYCLE_STEPS[1],
    guide: REFERRAL_GUIDE,
    channelPreference: ['visit', 'call', 'email', 'note'],
    suggest: () => 'Go through what your work has achieved so far and ask what would make it more useful still.',
  },
  introduce: {
    id: 'introduce',
    label: 'Make a useful introduction',
    step: CYCLE_STEPS[2],
    guide: EXTRA_MILE_GUIDE,
    channelPreference: ['email', 'call', 'visit', 'note'],
    suggest: () => 'Put them in touch with someone you know who could help them, asking nothing in return.',
  },
  referral: {
    id: 'referral',
    label: 'Referral conversation',
    step: CYCLE_STEPS[4],
    guide: REFERRAL_GUIDE,
    channelPreference: ['call', 'visit', 'email', 'note'],
    suggest: () =>
      'Once they have said the work is paying off, mention that you grow through referrals and would look after anyone they send just as well.',
  },
  'stay-in-touch': {
    id: 'stay-in-touch',
    label: 'Stay in touch',
    step: CYCLE_STEPS[2],
    guide: REFERRAL_GUIDE,
    channelPreference: ['email', 'note', 'call', 'visit'],
    suggest: () => 'Share a short tip or piece of news that is useful to them, so you stay in mind between jobs.',
  },
  acknowledge: {
    id: 'acknowledge',
    label: 'Thank them for the referral',
    step: CYCLE_STEPS[5],
    guide: REFERRAL_GUIDE,
    channelPreference: ['call', 'email', 'note', 'visit'],
    suggest: (referredName) =>
      `Thank them today for sending ${referredName ?? 'someone'} your way and promise to take good care of them.`,
  },
  'close-loop': {
    id: 'close-loop',
    label: 'Tell them how it went',
    step: CYCLE_STEPS[6],
    guide: REFERRAL_GUIDE,
    channelPreference: ['call', 'email', 'note', 'visit'],
    suggest: (referredName) =>
      `Let them know how things went with ${referredName ?? 'the person they referred'}, without sharing anything private, and thank them again.`,
  },
};

/**
 * Ideal day of each contact, counted from the start date (0 = the start date), by number of contacts.
 * Front-loaded: about half of the contacts fall in the first three weeks, when a new client is still
 * deciding whether they chose well; the gaps then widen towards day 60.
 */
const IDEAL_DAY_OFFSETS: Readonly<Record<number, readonly number[]>> = {
  6: [0, 4, 11, 22, 37, 55],
  7: [0, 3, 9, 17, 28, 42, 57],
  8: [0, 2, 7, 14, 22, 32, 44, 57],
};

/**
 * The purpose of each contact, by number of contacts: thanks first, then value and education, personal
 * touches in between, the referral conversation only after a review has shown the value delivered.
 */
const PURPOSE_SEQUENCES: Readonly<Record<number, readonly PurposeId[]>> = {
  6: ['thank', 'check-in', 'educate', 'personal', 'review', 'referral'],
  7: ['thank', 'check-in', 'educate', 'personal', 'review', 'referral', 'stay-in-touch'],
  8: ['thank', 'check-in', 'educate', 'personal', 'review', 'introduce', 'referral', 'stay-in-touch'],
};

/** One contact of a typical plan, as the guidance pages describe it. */
export interface TypicalContact {
  /** Day of the plan, the start date being day 1, before any move to a working day. */
  day: number;
  purpose: Purpose;
}

/**
 * The plan the planner makes for a given number of contacts, as days and purposes, so the guidance pages
 * show the tool's schedule rather than a second one of their own (issue 13: one fact, one place).
 * @param contactCount from {@link MIN_CONTACTS} to {@link MAX_CONTACTS}
 */
export function listTypicalPlan(contactCount: number): TypicalContact[] {
  const offsets = IDEAL_DAY_OFFSETS[contactCount];
  const purposes = PURPOSE_SEQUENCES[contactCount];
  if (!offsets || !purposes) throw new RangeError(`Unsupported number of contacts: ${contactCount}`);
  return offsets.map((offset, index) => ({ day: offset + 1, purpose: PURPOSES[purposes[index]!] }));
}

/** What the user typed to make a plan, before checking. */
export interface PlanRequestInput {
  clientName: string;
  startDate: string;
  contactCount: string;
  channels: readonly Channel[];
}

/** A checked plan request. */
export interface PlanRequest {
  clientName: string;
  startDate: IsoDate;
  contactCount: number;
  channels: Channel[];
}

/** A message per field that was refused. */
export type PlanRequestErrors = Partial<Record<keyof PlanRequestInput, string>>;

/** Outcome of checking a plan request. */
export type PlanRequestResult = { ok: true; request: PlanRequest } | { ok: false; errors: PlanRequestErrors };

/**
 * Checks everything the user typed to make a plan; each refused field gets its own message.
 * @param input the raw form values
 */
export function validatePlanRequest(input: PlanRequestInput): PlanRequestResult {
  const errors: PlanRequestErrors = {};
  const name = validateClientName(input.clientName);
  if (!name.ok) errors.clientName = name.message;
  const dateProblem = checkPlanDate(input.startDate);
  if (dateProblem) errors.startDate = dateProblem;
  const countRead = readNumberText(input.contactCount);
  const count = countRead.ok ? countRead.value : Number.NaN;
  if (!countRead.ok && countRead.problem === 'not-a-number') {
    errors.contactCount = `Not a number. Choose a whole number of contacts from ${MIN_CONTACTS} to ${MAX_CONTACTS}.`;
  } else if (!Number.isInteger(count) || count < MIN_CONTACTS || count > MAX_CONTACTS) {
    errors.contactCount = `Choose a whole number of contacts from ${MIN_CONTACTS} to ${MAX_CONTACTS}.`;
  }
  const channels = CHANNELS.filter((channel) => input.channels.includes(channel));
  if (channels.length === 0) errors.channels = 'Choose at least one way of getting in touch.';
  if (!name.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request: { clientName: name.name, startDate: input.startDate, contactCount: count, channels } };
}

/**
 * Picks the channel for a purpose: the most fitting one the user allows, or the next one when the
 * previous contact already used it, so the plan mixes channels when it can.
 * @param purpose the contact's purpose
 * @param allowed the channels the user chose (at least one)
 * @param previous the channel of the contact before, if any
 */
export function chooseChannel(purpose: PurposeId, allowed: readonly Channel[], previous?: Channel): Channel {
  const fitting = PURPOSES[purpose].channelPreference.filter((channel) => allowed.includes(channel));
  if (fitting.length === 0) throw new RangeError('No channel allowed');
  return fitting[0] === previous && fitting.length > 1 ? fitting[1]! : fitting[0]!;
}

/**
 * How far (in calendar days, either way) a contact may move from its ideal day to find a working day whose
 * weekday is not yet full; two days reach a working day from any weekend day in both directions.
 */
const SPREAD_WITHIN_DAYS = 2;
/**
 * The most contacts a plan puts on one weekday while a nearby day is free (issue #18: a Saturday start put
 * 6 of 8 contacts on Mondays, because the ideal days are mostly whole weeks apart and every weekend one
 * moved to Monday).
 */
export const MOST_CONTACTS_PER_WEEKDAY = 3;

/**
 * Picks a contact's day: the working day nearest its ideal day whose weekday the plan has not filled, within
 * {@link SPREAD_WITHIN_DAYS}; between equally near days the less used weekday, then the earlier day.
 * @param ideal the ideal day (already no earlier than `earliest`)
 * @param earliest the first day allowed (the start date, or the day after the contact before)
 * @param latest the last day allowed (the end of the 60 days)
 * @param weekdayUse how many contacts each weekday (`Date.getDay()` number) already holds
 */
function placeOnWorkingDay(ideal: IsoDate, earliest: IsoDate, latest: IsoDate, weekdayUse: readonly number[]): IsoDate {
  const candidates: { date: IsoDate; full: boolean; distance: number; use: number }[] = [];
  for (let shift = -SPREAD_WITHIN_DAYS; shift <= SPREAD_WITHIN_DAYS; shift++) {
    const date = addDaysToIsoDate(ideal, shift);
    if (date < earliest || date > latest || !isWorkingDay(date)) continue;
    const use = weekdayUse[parseIsoDate(date)!.getDay()]!;
    candidates.push({ date, full: use >= MOST_CONTACTS_PER_WEEKDAY, distance: Math.abs(shift), use });
  }
  candidates.sort((a, b) => Number(a.full) - Number(b.full) || a.distance - b.distance || a.use - b.use);
  return candidates[0]?.date ?? toWorkingDayOnOrAfter(ideal);
}

/**
 * Lays out a new plan's contacts: one per ideal day, on the nearest working day that keeps the plan spread
 * over the week (see {@link placeOnWorkingDay}), always later than the contact before and inside the 60 days.
 * @param request a checked plan request
 */
export function schedulePlanContacts(request: Omit<PlanRequest, 'clientName'>): PlanContact[] {
  const typical = listTypicalPlan(request.contactCount);
  const lastDay = addDaysToIsoDate(request.startDate, PLAN_WINDOW_DAYS - 1);
  const contacts: PlanContact[] = [];
  const weekdayUse = [0, 0, 0, 0, 0, 0, 0];
  typical.forEach(({ day, purpose: { id: purpose } }, index) => {
    const previous = contacts[index - 1];
    const earliest = previous ? addDaysToIsoDate(previous.date, 1) : request.startDate;
    const ideal = addDaysToIsoDate(request.startDate, day - 1);
    let date = placeOnWorkingDay(ideal < earliest ? earliest : ideal, earliest, lastDay, weekdayUse);
    if (date > lastDay) date = toWorkingDayOnOrBefore(lastDay);
    if (previous && date <= previous.date) throw new RangeError('The 60 days cannot hold this many contacts');
    weekdayUse[parseIsoDate(date)!.getDay()]! += 1;
    contacts.push({
      id: `c${index + 1}`,
      purpose,
      channel: chooseChannel(purpose, request.channels, previous?.channel),
      date,
      status: 'planned',
      revision: 0,
    });
  });
  return contacts;
}

/**
 * Makes a client's plan. When the client already had one, pass it: the new plan keeps its id and raises
 * every revision, so a calendar that imported the old plan updates its events instead of doubling them.
 * @param request a checked plan request
 * @param ids the new plan's id and client id
 * @param replacing the client's previous plan, if any
 */
export function createPlan(
  request: PlanRequest,
  ids: { planId: string; clientId: string },
  replacing?: TouchpointPlan,
): TouchpointPlan {
  const firstRevision = replacing ? Math.max(0, ...replacing.contacts.map((contact) => contact.revision)) + 1 : 0;
  return {
    id: replacing?.id ?? ids.planId,
    clientId: ids.clientId,
    startDate: request.startDate,
    channels: request.channels,
    contacts: schedulePlanContacts(request).map((contact) => ({ ...contact, revision: firstRevision })),
  };
}

/**
 * Dates the two contacts a referral calls for: an acknowledgement the same day (the first working day on
 * or after the referral), and a "tell them how it went" contact some working days later.
 * @param referralDate the day the referral came in
 */
export function scheduleReferralFollowUps(referralDate: IsoDate): { acknowledge: IsoDate; closeLoop: IsoDate } {
  const acknowledge = addWorkingDaysToIsoDate(toWorkingDayOnOrAfter(referralDate), ACKNOWLEDGE_AFTER_WORKING_DAYS);
  return { acknowledge, closeLoop: addWorkingDaysToIsoDate(acknowledge, CLOSE_THE_LOOP_AFTER_WORKING_DAYS) };
}

/**
 * Adds a logged referral's two contacts to a plan.
 * @param plan the referrer's plan
 * @param referral the day it came in and, optionally, who was referred (already checked)
 */
export function addReferralToPlan(
  plan: TouchpointPlan,
  referral: { date: IsoDate; referredName?: string },
): TouchpointPlan {
  const number = plan.contacts.filter((contact) => contact.purpose === 'acknowledge').length + 1;
  const dates = scheduleReferralFollowUps(referral.date);
  const allowed = plan.channels.length > 0 ? plan.channels : [...CHANNELS];
  const named = referral.referredName ? { referredName: referral.referredName } : {};
  const acknowledge: PlanContact = {
    id: `r${number}-ack`,
    purpose: 'acknowledge',
    channel: chooseChannel('acknowledge', allowed),
    date: dates.acknowledge,
    status: 'planned',
    revision: 0,
    ...named,
  };
  const closeLoop: PlanContact = {
    id: `r${number}-close`,
    purpose: 'close-loop',
    channel: chooseChannel('close-loop', allowed, acknowledge.channel),
    date: dates.closeLoop,
    status: 'planned',
    revision: 0,
    ...named,
  };
  return { ...plan, contacts: sortContacts([...plan.contacts, acknowledge, closeLoop]) };
}

/**
 * Writes the suggestion of a contact.
 * @param contact the contact
 */
export function describeSuggestion(contact: Pick<PlanContact, 'purpose' | 'referredName'>): string {
  return PURPOSES[contact.purpose].suggest(contact.referredName);
}

