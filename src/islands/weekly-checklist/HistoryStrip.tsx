/**
 * The last eight weeks at a glance: habits practised each week, as bars drawn with SVG attributes (the CSP
 * forbids inline styles) and as text. Each week is a button that opens its sheet.
 */
import { HABIT_IDS, formatWeekTitle, type WeekKey, type WeekSummary } from '../../lib/weekly-checklist';
import { showWeek } from '../../stores/weekly-checklist';

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
            <li key={summary.week}>
              <button
                type="button"
                class="history-week"
                aria-label={`${formatWeekTitle(summary.week)}: ${summary.habitsPractised} of ${HABIT_IDS.length} habits practised`}
                aria-current={summary.week === shownWeek ? 'true' : undefined}
                onClick={() => showWeek(summary.week)}
              >
                <svg class="history-bar" viewBox={`0 0 10 ${BAR_HEIGHT}`} width="20" height={BAR_HEIGHT} aria-hidden="true">
                  <rect x="0" y="0" width="10" height={BAR_HEIGHT} class="history-bar-track" />
                  <rect x="0" y={BAR_HEIGHT - height} width="10" height={height} class="history-bar-fill" />
                </svg>
                <span class="history-count">{summary.habitsPractised}</span>
                <span class="history-label">W{Number(summary.week.slice(-2))}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
