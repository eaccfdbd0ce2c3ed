/**
 * Steps between weeks: previous, this week, next. The week shown is announced politely, since the sheet
 * changes under the user's focus.
 */
import { formatWeekDates, formatWeekTitle, type WeekKey } from './model';
import { showNextWeek, showPreviousWeek, showThisWeek } from './store';

/** Props of {@link WeekControls}. */
export interface WeekControlsProps {
  week: WeekKey;
  thisWeek: WeekKey;
}

/** Renders the week buttons and a status line naming the week shown. */
export default function WeekControls({ week, thisWeek }: WeekControlsProps) {
  const isThisWeek = week === thisWeek;
  return (
    <div class="week-controls no-print">
      <div class="button-row">
        <button type="button" class="secondary" onClick={showPreviousWeek}>
          <span aria-hidden="true">←</span> Previous week
        </button>
        <button type="button" class="secondary" onClick={showThisWeek} disabled={isThisWeek}>
          This week
        </button>
        <button type="button" class="secondary" onClick={showNextWeek}>
          Next week <span aria-hidden="true">→</span>
        </button>
      </div>
      <p class="week-status" role="status">
        Showing {isThisWeek ? 'this week' : week < thisWeek ? 'a past week' : 'a week ahead'}: {formatWeekTitle(week)},{' '}
        {formatWeekDates(week)}.
      </p>
    </div>
  );
}
