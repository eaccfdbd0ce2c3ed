/**
 * The plan's 60 days as a picture above the list: a dot per contact (filled once done, crossed when skipped),
 * week marks, and today. Screen readers get the same facts from its title and description; the list below
 * says everything in words as well. Drawn with SVG attributes and classes only (CSP), in the text colour, so
 * it prints.
 */
import { useId } from 'preact/hooks';
import { formatIsoDateForReading, type IsoDate } from '../shared/calendar-date';
import { PURPOSES } from './model';
import type { PlanContact } from './schema';
import { layOutTimeline } from './timeline';

/** Props of {@link PlanTimeline}. */
export interface PlanTimelineProps {
  startDate: IsoDate;
  contacts: readonly PlanContact[];
  today: IsoDate;
}

const STATUS_WORDS = { planned: 'planned', done: 'done', skipped: 'skipped' } as const;
/** Labels every other week mark: a phone shows the picture about half size, and nine labels would crowd. */
const LABEL_EVERY_TICKS = 2;
const DOT_RADIUS = 7;

/** The timeline picture. */
export default function PlanTimeline({ startDate, contacts, today }: PlanTimelineProps) {
  const id = useId();
  const layout = layOutTimeline(startDate, contacts, today);
  const description = layout.dots
    .map((dot) => `Day ${dot.day}, ${formatIsoDateForReading(dot.date)}: ${PURPOSES[dot.purpose].label}, ${STATUS_WORDS[dot.status]}.`)
    .join(' ');
  return (
    <figure class="tp-timeline">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        class="tp-timeline-svg"
      >
        <title id={`${id}-title`}>
          Timeline of the plan: {contacts.length} contacts over {layout.days} days from {formatIsoDateForReading(startDate)}
        </title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line class="tp-timeline-axis" x1={layout.left} x2={layout.right} y1={layout.axisY} y2={layout.axisY} />
        {layout.ticks.map((tick, index) => (
          <g key={tick.label}>
            <line class="tp-timeline-tick" x1={tick.x} x2={tick.x} y1={layout.axisY + 4} y2={layout.axisY + 12} />
            {index % LABEL_EVERY_TICKS === 0 && (
              <text class="tp-timeline-label" x={tick.x} y={layout.axisY + 30} text-anchor={index === 0 ? 'start' : 'middle'}>
                {tick.label}
              </text>
            )}
          </g>
        ))}
        {layout.todayX !== undefined && (
          <g class="tp-timeline-today">
            <line x1={layout.todayX} x2={layout.todayX} y1={4} y2={layout.axisY + 12} />
            <text x={layout.todayX} y={12} text-anchor="middle" dx={layout.todayX < layout.left + 30 ? 18 : layout.todayX > layout.right - 30 ? -18 : 0}>
              Today
            </text>
          </g>
        )}
        {layout.dots.map((dot) => (
          <g key={dot.id} class={`tp-timeline-dot tp-timeline-${dot.status}`}>
            <circle cx={dot.x} cy={layout.axisY} r={DOT_RADIUS} />
            {dot.status === 'skipped' && (
              <path d={`M${dot.x - 4} ${layout.axisY - 4}l8 8m0 -8l-8 8`} />
            )}
          </g>
        ))}
      </svg>
      <figcaption class="tp-timeline-key">
        <span aria-hidden="true">●</span> done · <span aria-hidden="true">○</span> planned · <span aria-hidden="true">⊗</span> skipped; marks every week.
      </figcaption>
    </figure>
  );
}
