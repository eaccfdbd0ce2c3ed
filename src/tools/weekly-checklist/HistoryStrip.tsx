/**
 * The last eight weeks at a glance: habits practised each week, as bars drawn with SVG attributes (the CSP
 * forbids inline styles) for the eye, and as a sentence per week for screen readers.
 */
import { HABIT_IDS, formatWeekTitle, type WeekKey, type WeekSummary } from './model';

/** Height of a bar for six habits, in SVG user units. */
const BAR_HEIGHT = 48;

/** Props of {@link HistoryStrip}. */
export interface HistoryStripProps {
  weeks: readonly WeekSummary[];
  /** The week on screen, marked as current. */
  shownWeek: WeekKey;
}

/** Renders the strip. */
export default function HistoryStrip({ weeks, shownWeek }: HistoryStripProps) {
  return (
    <section class="history no-print" aria-labelledby="weekly-checklist-history">
      <h3 id="weekly-checklist-history">Habits practised, last eight weeks</h3>
      <ol class="history-strip">
        {weeks.map((summary) => {
          const height = (summary.habitsPractised / HABIT_IDS.length) * BAR_HEIGHT;
          return (
            <li key={summary.week} class="history-week" aria-current={summary.week === shownWeek ? 'true' : undefined}>
              <span class="visually-hidden">
                {formatWeekTitle(summary.week)}: {summary.habitsPractised} of {HABIT_IDS.length} habits practised
              </span>
              <span class="history-count" aria-hidden="true">
                {summary.habitsPractised}
              </span>
              <svg class="history-bar" viewBox={`0 0 10 ${BAR_HEIGHT}`} width="20" height={BAR_HEIGHT} aria-hidden="true">
                <rect x="0" y="0" width="10" height={BAR_HEIGHT} class="history-bar-track" />
                <rect x="0" y={BAR_HEIGHT - height} width="10" height={height} class="history-bar-fill" />
              </svg>
              <span class="history-label" aria-hidden="true">
                W{Number(summary.week.slice(-2))}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
