/**
 * Geometry of the ladder quiz's history chart: the step reached (0–5) against the date of each quiz,
 * drawn as a stepped line, since a placement holds until the next quiz. The island renders these
 * numbers as SVG attributes (the CSP forbids style attributes).
 */
import { countDaysBetween, isIsoDate, type IsoDate } from '../shared/calendar-date';
import { STEP_COUNT } from './model';
import type { LadderResultRecord } from './schema';

/** Size of the chart in SVG user units; the SVG scales to its container. */
export const CHART_SIZE = { width: 360, height: 190 } as const;

/** Room for the step names on the left, the dates below, and half a dot at the top and right. */
const MARGIN = { left: 58, right: 12, top: 10, bottom: 26 } as const;

/** A dot on the chart: one past result. */
export interface ChartPoint {
  x: number;
  y: number;
  date: IsoDate;
  stepNumber: number;
}

/** A label along an axis. */
export interface AxisLabel {
  /** Position along the axis (x for dates, y for steps). */
  at: number;
  text: string;
  /** SVG `text-anchor` for date labels. */
  anchor: 'start' | 'middle' | 'end';
}

/** Everything the chart draws. */
export interface HistoryChartLayout {
  width: number;
  height: number;
  /** The plotting area. */
  plot: { left: number; right: number; top: number; bottom: number };
  points: ChartPoint[];
  /** SVG path data of the stepped line through the points (empty for fewer than two). */
  line: string;
  /** One per step 0–5, bottom to top. */
  stepLabels: AxisLabel[];
  /** The first and last dates (or just one). */
  dateLabels: AxisLabel[];
}

/**
 * Quiz dates as the site writes them, in English whatever the browser's language (`5 Mar 2026`). The
 * date is read as UTC midnight and formatted in UTC, so no time zone can move it to another day.
 */
const RESULT_DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * Formats a quiz date for reading, for example `5 Mar 2026`.
 * @param date a valid ISO date (anything else is returned as it is)
 */
export function formatResultDate(date: IsoDate): string {
  return isIsoDate(date) ? RESULT_DATE_FORMAT.format(new Date(`${date}T00:00:00Z`)) : date;
}

/** Rounds to two decimals, so SVG attributes stay short. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Lays out the history chart: x by date (days since the first result), y by step.
 * @param history past results, oldest first, with valid dates
 */
export function layOutHistoryChart(history: readonly LadderResultRecord[]): HistoryChartLayout {
  const { width, height } = CHART_SIZE;
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const yOf = (step: number) => round(plot.bottom - (step / STEP_COUNT) * (plot.bottom - plot.top));
  const first = history[0];
  const last = history[history.length - 1];
  const span = first && last ? countDaysBetween(first.date, last.date) : 0;
  const xOf = (date: IsoDate) =>
    span === 0 || !first
      ? round((plot.left + plot.right) / 2)
      : round(plot.left + (countDaysBetween(first.date, date) / span) * (plot.right - plot.left));

  const points = history.map((r) => ({ x: xOf(r.date), y: yOf(r.stepNumber), date: r.date, stepNumber: r.stepNumber }));
  const line =
    points.length < 2
      ? ''
      : points.map((p, i) => (i === 0 ? `M${p.x} ${p.y}` : `H${p.x}V${p.y}`)).join('');

  const stepLabels = Array.from({ length: STEP_COUNT + 1 }, (_, step) => ({
    at: yOf(step),
    text: step === 0 ? 'Not yet' : `Step ${step}`,
    anchor: 'end' as const,
  }));

  // With results on more than one day the first and last dots sit at the two ends of the plot, far
  // enough apart for both dates; on a single day one centred date says it all.
  const dateLabels: AxisLabel[] =
    !first || !last
      ? []
      : span === 0
        ? [{ at: xOf(last.date), text: formatResultDate(last.date), anchor: 'middle' }]
        : [
            { at: plot.left, text: formatResultDate(first.date), anchor: 'start' },
            { at: plot.right, text: formatResultDate(last.date), anchor: 'end' },
          ];

  return { width, height, plot, points, line, stepLabels, dateLabels };
}
