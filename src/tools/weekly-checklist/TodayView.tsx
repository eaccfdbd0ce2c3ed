/**
 * The checklist's "today" view for narrow screens: today's six habits as large tap targets (one tap ticks),
 * with the week's grid a tap away. On a phone the grid shows four days at a time and holds 85 tab stops;
 * most visits only tick today. Wide screens and print show the grid as always (the view is hidden there).
 */
import { HABITS, isTicked, type HabitId, type WeekDay } from './model';
import type { WeekSheet } from './schema';

/** Props of {@link TodayView}. */
export interface TodayViewProps {
  /** Today, as a day of the week shown (the view only appears when the week shown is this week). */
  today: WeekDay;
  sheet: WeekSheet;
  /** Id of the week grid, which the toggle shows and hides on narrow screens. */
  gridId: string;
  /** Whether the week grid is shown below (narrow screens only). */
  isWeekShown: boolean;
  onTick(habit: HabitId, ticked: boolean): void;
  onShowWeek(shown: boolean): void;
}

/** Formats today as "Thursday 3 December", in the site's English (a UTC date, read in UTC). */
const TODAY_FORMAT = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** Today's habits, each a whole-width checkbox, and the button that shows the week. */
export default function TodayView({ today, sheet, gridId, isWeekShown, onTick, onShowWeek }: TodayViewProps) {
  const done = HABITS.filter((habit) => isTicked(sheet, habit.id, today.id)).length;
  return (
    <section class="today-view no-print" aria-labelledby="weekly-checklist-today-title">
      <h2 id="weekly-checklist-today-title">Today, {TODAY_FORMAT.format(new Date(`${today.date}T00:00:00Z`))}</h2>
      <p class="today-count">
        {done} of {HABITS.length} habits ticked today.
      </p>
      <ul class="today-habits">
        {HABITS.map((habit) => (
          <li key={habit.id}>
            <label class="today-habit">
              <input
                type="checkbox"
                checked={isTicked(sheet, habit.id, today.id)}
                onChange={(event) => onTick(habit.id, event.currentTarget.checked)}
              />
              <span class="today-habit-text">
                <span class="habit-name">{habit.name}</span>
                <span class="habit-prompt">{habit.prompt}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <button type="button" class="secondary" aria-expanded={isWeekShown} aria-controls={gridId} onClick={() => onShowWeek(!isWeekShown)}>
        {isWeekShown ? 'Hide the week' : 'Show the whole week'}
      </button>
    </section>
  );
}
