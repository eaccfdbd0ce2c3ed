import { describe, expect, it } from 'vitest';
import { CHART_SIZE, formatResultDate, layOutHistoryChart } from '../chart';

describe('layOutHistoryChart', () => {
  it('draws nothing but the axis for an empty history', () => {
    const layout = layOutHistoryChart([]);
    expect(layout.points).toEqual([]);
    expect(layout.line).toBe('');
    expect(layout.dateLabels).toEqual([]);
    expect(layout.stepLabels.map((l) => l.text)).toEqual(['Not yet', 'Step 1', 'Step 2', 'Step 3', 'Step 4', 'Step 5']);
  });

  it('centres a single result and labels its date once', () => {
    const layout = layOutHistoryChart([{ date: '2026-03-05', stepNumber: 2 }]);
    expect(layout.points).toHaveLength(1);
    expect(layout.points[0]!.x).toBeCloseTo((layout.plot.left + layout.plot.right) / 2);
    expect(layout.line).toBe('');
    expect(layout.dateLabels).toEqual([{ at: layout.points[0]!.x, text: '5 Mar 2026', anchor: 'middle' }]);
  });

  it('places results by date and height by step, inside the plot', () => {
    const layout = layOutHistoryChart([
      { date: '2026-01-01', stepNumber: 0 },
      { date: '2026-01-11', stepNumber: 5 },
      { date: '2026-01-31', stepNumber: 3 },
    ]);
    const [a, b, c] = layout.points;
    expect(a!.x).toBe(layout.plot.left);
    expect(c!.x).toBe(layout.plot.right);
    expect(b!.x).toBeCloseTo(layout.plot.left + (10 / 30) * (layout.plot.right - layout.plot.left), 1);
    expect(a!.y).toBe(layout.plot.bottom);
    expect(b!.y).toBe(layout.plot.top);
    expect(c!.y).toBeGreaterThan(b!.y);
    expect(c!.y).toBeLessThan(a!.y);
    for (const p of layout.points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(CHART_SIZE.width);
    }
  });

  it('draws a stepped line, since a placement holds until the next quiz', () => {
    const layout = layOutHistoryChart([
      { date: '2026-01-01', stepNumber: 1 },
      { date: '2026-02-01', stepNumber: 2 },
    ]);
    const [a, b] = layout.points;
    expect(layout.line).toBe(`M${a!.x} ${a!.y}H${b!.x}V${b!.y}`);
  });

  it('labels the first and last dates at the two ends', () => {
    const layout = layOutHistoryChart([
      { date: '2025-06-01', stepNumber: 1 },
      { date: '2026-06-01', stepNumber: 2 },
    ]);
    expect(layout.dateLabels.map((l) => [l.text, l.anchor])).toEqual([
      ['1 Jun 2025', 'start'],
      ['1 Jun 2026', 'end'],
    ]);
  });
});

describe('formatResultDate', () => {
  it('writes a date as day, short month and year', () => {
    expect(formatResultDate('2026-12-24')).toBe('24 Dec 2026');
  });
});
