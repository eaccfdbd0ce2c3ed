import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildPlanCalendar,
  CALENDAR_PRODUCT_ID,
  toCalendarFileName,
  toEventUid,
} from '../ics';
import { CHANNELS, moveContactInPlan, setContactStatusInPlan } from '../contacts';
import type { TouchpointPlan } from '../schema';
import { addReferralToPlan, createPlan, describeSuggestion, PURPOSES } from '../model';

const NAME = 'Acme & Sons <Ltd>, "Bristol"; est. 1920\\';
const STAMP = Date.UTC(2026, 2, 2, 9, 30, 0);
const SITE = 'https://example.org/loyalty/';

const PLAN: TouchpointPlan = createPlan(
  { clientName: NAME, startDate: '2026-03-02', contactCount: 7, channels: [...CHANNELS] },
  { planId: 'Plan42', clientId: 'k1' },
);

// Calendar programs read the calendar's name as TEXT (escaped like a summary); tell ical.js to do the same.
ICAL.design.defaultSet.property['x-wr-calname'] = { defaultType: 'text' };

/** Parses an .ics text with ical.js and returns its events as plain values. */
function readEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      const start = component.getFirstPropertyValue('dtstart') as ICAL.Time;
      const end = component.getFirstPropertyValue('dtend') as ICAL.Time;
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: start.toString(),
        allDay: start.isDate,
        end: end.toString(),
        sequence: event.sequence,
        status: component.getFirstPropertyValue('status'),
        stamp: (component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime(),
        url: component.getFirstPropertyValue('url'),
      };
    }),
  };
}

function build(plan: TouchpointPlan = PLAN, clientName = NAME) {
  const result = buildPlanCalendar({ plan, clientName, stampedAt: STAMP, siteUrl: SITE });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('the calendar file', () => {
  it('is an RFC 5545 calendar with one all-day event per contact, in date order', () => {
    const { text } = build();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text).toContain(`PRODID:${CALENDAR_PRODUCT_ID}`);
    // Every line ends in CRLF and no line is longer than 75 characters.
    for (const line of text.split('\r\n')) expect([...line].length).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');

    const { calendar, events } = readEvents(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`Touchpoints: ${NAME}`);
    expect(events).toHaveLength(PLAN.contacts.length);
    PLAN.contacts.forEach((contact, index) => {
      const event = events[index]!;
      expect(event.allDay).toBe(true);
      expect(event.start).toBe(contact.date);
      expect(event.stamp).toBe(STAMP);
    });
    // An all-day event ends (exclusively) on the next day, also across a month end.
    expect(events[0]).toMatchObject({ start: '2026-03-02', end: '2026-03-03' });
  });

  it('puts the client name, as plain text, and the purpose in each summary and the suggestion in the description', () => {
    const { events } = readEvents(build().text);
    PLAN.contacts.forEach((contact, index) => {
      const event = events[index]!;
      expect(event.summary).toBe(`${NAME}: ${PURPOSES[contact.purpose].label} (${contact.channel === 'email' ? 'e-mail' : contact.channel === 'note' ? 'handwritten note' : contact.channel})`);
      expect(event.description).toContain(describeSuggestion(contact));
      expect(event.description).toContain(`Step ${PURPOSES[contact.purpose].step.number} of the referral cycle`);
      expect(event.url).toBe(new URL(PURPOSES[contact.purpose].guide.path, SITE).href);
    });
  });

  it('keeps UIDs stable, so importing a changed plan again updates its events', () => {
    const first = readEvents(build().text).events;
    const changed = moveContactInPlan(setContactStatusInPlan(PLAN, 'c3', 'skipped'), 'c2', '2026-03-12');
    const second = readEvents(build(changed).text).events;
    expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);
    expect(second.map((e) => e.uid).sort()).toEqual(first.map((e) => e.uid).sort());
    expect(first[0]!.uid).toBe(toEventUid('Plan42', 'c1'));

    const moved = second.find((e) => e.uid === toEventUid('Plan42', 'c2'))!;
    expect(moved).toMatchObject({ start: '2026-03-12', sequence: 1, status: 'CONFIRMED' });
    const skipped = second.find((e) => e.uid === toEventUid('Plan42', 'c3'))!;
    expect(skipped).toMatchObject({ sequence: 1, status: 'CANCELLED' });
    const untouched = second.find((e) => e.uid === toEventUid('Plan42', 'c1'))!;
    expect(untouched.sequence).toBe(0);
  });

  it('includes logged referrals with the referred person’s name', () => {
    const withReferral = addReferralToPlan(PLAN, { date: '2026-04-04', referredName: 'Birch <b>Co</b>' });
    const { events } = readEvents(build(withReferral).text);
    const ack = events.find((e) => e.uid === toEventUid('Plan42', 'r1-ack'))!;
    expect(ack.start).toBe('2026-04-06');
    expect(ack.summary).toContain('Thank them for the referral');
    expect(ack.description).toContain('Birch <b>Co</b>');
    expect(events.find((e) => e.uid === toEventUid('Plan42', 'r1-close'))!.summary).toContain('Tell them how it went');
  });

  it('names the file after the client in safe characters', () => {
    expect(build().fileName).toBe('touchpoints-acme-sons-ltd-bristol-est-1920.ics');
    expect(toCalendarFileName('Café Zoë')).toBe('touchpoints-cafe-zoe.ics');
    expect(toCalendarFileName('<>"&')).toBe('touchpoints-client.ics');
  });
});
