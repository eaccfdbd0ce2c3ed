/**
 * Geometry of the plan's timeline picture: the 60 days as a line with week marks, each contact a dot at its
 * day, today as a mark when it falls inside. The island renders these numbers as SVG attributes (the CSP
 * forbids style attributes). Pure: today is passed in.
 */
import { countDaysBetween, type IsoDate } from '../shared/calendar-date';
import { PLAN_WINDOW_DAYS } from './model';
import type { ContactStatus, PlanContact, PurposeId } from './schema';

/** Size of the picture in SVG user units; the SVG scales to its container's width. */
export const TIMELINE_SIZE = { width: 600, height: 84 } as const;

/** Room for half a dot and the labels on each side; the axis sits at {@link AXIS_Y}. */
const MARGIN_X = 16;
const AXIS_Y = 36;

/** A contact's dot. */
export interface TimelineDot {
  id: string;
  x: number;
  /** Day of the plan, 1 being the start date. */
  day: number;
  date: IsoDate;
  purpose: PurposeId;
  status: ContactStatus;
}

/** A week mark under the axis. */
export interface TimelineTick {
  x: number;
  /** "Day 8", … */
  label: string;
}

/** Everything the picture draws. */
export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  left: number;
  right: number;
  /** Days the axis spans: the 60 days, or more when a contact was moved (or a referral added) later. */
  days: number;
  dots: TimelineDot[];
  ticks: TimelineTick[];
  /** Where today falls, when inside the span. */
  todayX: number | undefined;
}

/** Week marks every seven days, so the picture reads in weeks as the plan is worked in weeks. */
const TICK_EVERY_DAYS = 7;

/**
 * Lays out a plan's timeline.
 * @param startDate the plan's start date (day 1)
 * @param contacts its contacts, in any order
 * @param today today's date
 */
export function layOutTimeline(startDate: IsoDate, contacts: readonly PlanContact[], today: IsoDate): TimelineLayout {
  const lastDay = Math.max(PLAN_WINDOW_DAYS, ...contacts.map((contact) => countDaysBetween(startDate, contact.date) + 1));
  const firstDay = Math.min(1, ...contacts.map((contact) => countDaysBetween(startDate, contact.date) + 1));
  const left = MARGIN_X;
  const right = TIMELINE_SIZE.width - MARGIN_X;
  const xOf = (day: number) => left + ((day - firstDay) / Math.max(1, lastDay - firstDay)) * (right - left);
  const dots = contacts.map((contact) => {
    const day = countDaysBetween(startDate, contact.date) + 1;
    return { id: contact.id, x: xOf(day), day, date: contact.date, purpose: contact.purpose, status: contact.status };
  });
  const ticks: TimelineTick[] = [];
  for (let day = 1; day <= lastDay; day += TICK_EVERY_DAYS) ticks.push({ x: xOf(day), label: `Day ${day}` });
  const todayDay = countDaysBetween(startDate, today) + 1;
  return {
    width: TIMELINE_SIZE.width,
    height: TIMELINE_SIZE.height,
    axisY: AXIS_Y,
    left,
    right,
    days: lastDay,
    dots,
    ticks,
    todayX: todayDay >= firstDay && todayDay <= lastDay ? xOf(todayDay) : undefined,
  };
}
