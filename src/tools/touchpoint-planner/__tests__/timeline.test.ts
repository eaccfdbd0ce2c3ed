import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../contacts';
import { schedulePlanContacts } from '../model';
import { layOutTimeline, TIMELINE_SIZE } from '../timeline';

describe('layOutTimeline', () => {
  it('spans the 60 days, a mark each week, and places today when it falls inside', () => {
    const contacts = schedulePlanContacts({ startDate: '2026-03-02', contactCount: 6, channels: [...CHANNELS] });
    const layout = layOutTimeline('2026-03-02', contacts, '2026-03-09');
    expect(layout.days).toBe(60);
    expect(layout.ticks.map((tick) => tick.label)).toEqual(['Day 1', 'Day 8', 'Day 15', 'Day 22', 'Day 29', 'Day 36', 'Day 43', 'Day 50', 'Day 57']);
    expect(layout.dots[0]).toMatchObject({ day: 1, x: layout.left });
    expect(layout.todayX).toBeCloseTo(layout.left + (7 / 59) * (layout.right - layout.left));
    expect(layOutTimeline('2026-03-02', contacts, '2026-06-01').todayX).toBeUndefined();
  });

  it('keeps every dot inside the picture and in date order, for any start and size', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 0, 1)), noInvalidDate: true }),
        fc.integer({ min: 6, max: 8 }),
        (day, count) => {
          const start = day.toISOString().slice(0, 10);
          const layout = layOutTimeline(start, schedulePlanContacts({ startDate: start, contactCount: count, channels: [...CHANNELS] }), start);
          expect(layout.dots).toHaveLength(count);
          for (const [index, dot] of layout.dots.entries()) {
            expect(dot.x).toBeGreaterThanOrEqual(layout.left);
            expect(dot.x).toBeLessThanOrEqual(layout.right);
            if (index > 0) expect(dot.x).toBeGreaterThan(layout.dots[index - 1]!.x);
          }
          expect(layout.right).toBeLessThanOrEqual(TIMELINE_SIZE.width);
          expect(layout.todayX).toBe(layout.left);
        },
      ),
    );
  });

  it('stretches to hold a contact moved past the 60 days', () => {
    const contacts = schedulePlanContacts({ startDate: '2026-03-02', contactCount: 6, channels: [...CHANNELS] });
    const moved = [...contacts.slice(0, -1), { ...contacts.at(-1)!, date: '2026-05-15' }];
    const layout = layOutTimeline('2026-03-02', moved, '2026-03-02');
    expect(layout.days).toBe(75);
    expect(layout.dots.at(-1)!.x).toBe(layout.right);
  });
});
