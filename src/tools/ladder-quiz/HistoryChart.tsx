/**
 * "Your climb so far": the step reached at each past quiz, as an SVG chart drawn with attributes only
 * (the CSP forbids style attributes), with the same results as a table for screen readers and exact reading.
 */
import { describeStep } from './model';
import type { LadderResultRecord } from './schema';
import { formatResultDate, layOutHistoryChart } from './chart';

/** Props of {@link HistoryChart}. */
export interface HistoryChartProps {
  /** Past results, oldest first. */
  history: readonly LadderResultRecord[];
}

/** Summarises the history in a sentence, for the chart's accessible description. */
function summarise(history: readonly LadderResultRecord[]): string {
  const first = history[0]!;
  const last = history[history.length - 1]!;
  if (history.length === 1) return `One result, on ${formatResultDate(first.date)}: ${describeStep(first.stepNumber)}.`;
  return `${history.length} results from ${formatResultDate(first.date)} to ${formatResultDate(last.date)}. First: ${describeStep(first.stepNumber)}. Latest: ${describeStep(last.stepNumber)}.`;
}

/** A small chart of step by date, with a table of the same results. */
export default function HistoryChart({ history }: HistoryChartProps) {
  if (history.length === 0) return null;
  const layout = layOutHistoryChart(history);
  const { plot } = layout;
  return (
    <figure class="ladder-history">
      <svg
        class="ladder-history-chart"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby="ladder-history-title ladder-history-desc"
      >
        <title id="ladder-history-title">Step reached by date</title>
        <desc id="ladder-history-desc">{summarise(history)}</desc>
        {layout.stepLabels.map((label) => (
          <g key={label.text}>
            <line class="ladder-history-grid" x1={plot.left} x2={plot.right} y1={label.at} y2={label.at} />
            <text class="ladder-history-label" x={plot.left - 6} y={label.at} text-anchor="end" dominant-baseline="middle">
              {label.text}
            </text>
          </g>
        ))}
        {layout.dateLabels.map((label) => (
          <text key={label.text} class="ladder-history-label" x={label.at} y={layout.height - 6} text-anchor={label.anchor}>
            {label.text}
          </text>
        ))}
        {layout.line && <path class="ladder-history-line" d={layout.line} fill="none" />}
        {layout.points.map((point) => (
          <circle key={point.date} class="ladder-history-dot" cx={point.x} cy={point.y} r="4.5" />
        ))}
      </svg>
      <figcaption>
        Step reached by date. A quiz completed again on the same day replaces that day’s result.
      </figcaption>
      <details class="ladder-history-table no-print">
        <summary>Show the results as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {[...history].reverse().map((record) => (
              <tr key={record.date}>
                <td>{formatResultDate(record.date)}</td>
                <td>{describeStep(record.stepNumber)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
