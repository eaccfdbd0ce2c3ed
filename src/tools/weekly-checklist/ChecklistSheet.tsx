/**
 * The desk sheet itself, on screen and on paper: title and week, the habits-by-days grid with a note line per
 * habit, key clients, the end-of-week review and a tally line. With no week it is the blank sheet the server
 * renders (and "Print a blank sheet" prints): no dates, empty lines to write on.
 */
import { useEffect, useState } from 'preact/hooks';
import { SITE_NAME } from '../../lib/site';
import { WEEKLY_REVIEW_DAY } from '../shared/playbook-facts';
import {
  HABITS,
  KEY_CLIENT_SLOTS,
  NOTE_MAX_CHARS,
  REVIEW_ANSWER_MAX_CHARS,
  REVIEW_QUESTIONS,
  WEEKDAY_IDS,
  describeTally,
  formatDayDate,
  formatWeekDates,
  formatWeekTitle,
  isTicked,
  listWeekDays,
  nameWeekday,
  tallyWeek,
  type HabitId,
  type ReviewQuestionId,
  type WeekKey,
  type WeekdayId,
} from './model';
import type { PaperSize, WeekSheet } from './schema';
import type { IsoDate } from '../shared/calendar-date';
import type { KeyClientResult } from './store';

/** What the sheet does when the user writes on it (absent on the blank sheet before the island hydrates). */
export interface SheetActions {
  onTick(habit: HabitId, day: WeekdayId, ticked: boolean): void;
  onNote(habit: HabitId, text: string): void;
  onKeyClient(slot: number, name: string): Promise<KeyClientResult>;
  /** The user is about to name a key client: known clients should be offered. */
  onKeyClientFocus(): void;
  onReview(question: ReviewQuestionId, text: string): void;
}

/** Props of {@link ChecklistSheet}. */
export interface ChecklistSheetProps {
  /** The week shown; undefined for the blank sheet. */
  week?: WeekKey;
  sheet: WeekSheet;
  /** Names on the key-client lines ('' for an empty line). */
  keyClientNames: readonly string[];
  /** Names of known clients, offered while typing a key client. */
  clientNames: readonly string[];
  /** Paper the sheet prints on; undefined lets the printer decide (the no-JavaScript sheet). */
  paper?: PaperSize;
  /** Today's date, marked in the grid when the week shown holds it. */
  today?: IsoDate;
  actions?: SheetActions;
  /** The caveat the sheet's tally carries on paper (the page's own note is left off the sheet). */
  ruleOfThumb?: string | undefined;
}

/** Prefix of element ids; the checklist appears once per page. */
const ID = 'weekly-checklist';

/** Id of the scrolling box around the week grid (the today view shows and hides it on narrow screens). */
export const GRID_ID = `${ID}-grid`;

/** Renders the sheet. */
export default function ChecklistSheet({ week, sheet, keyClientNames, clientNames, paper, today, actions, ruleOfThumb }: ChecklistSheetProps) {
  const days = week ? listWeekDays(week) : WEEKDAY_IDS.map((id) => ({ id, name: nameWeekday(id), date: undefined }));
  return (
    <section class="weekly-sheet" aria-labelledby={`${ID}-title`} data-paper={paper}>
      <header class="sheet-header">
        <p class="sheet-site weekly-print-only">{SITE_NAME}</p>
        <h2 id={`${ID}-title`}>
          Weekly loyalty checklist<span class="sheet-week">{week ? `: ${formatWeekTitle(week)}` : ''}</span>
        </h2>
        <p class="sheet-dates">
          {week ? (
            formatWeekDates(week)
          ) : (
            <>
              Week of <span class="write-in write-in-wide" />
            </>
          )}
        </p>
      </header>

      <p class="grid-scroll-hint no-print">
        <span aria-hidden="true">↔</span> The week scrolls sideways: swipe for the later days and the notes.
      </p>
      <div class="sheet-grid-scroll" id={GRID_ID}>
        <table class="sheet-grid">
          <caption class="visually-hidden">Tick a habit on each day you practise it; add a note if it helps.</caption>
          <thead>
            <tr>
              <th scope="col" class="col-habit">
                Habit: what counts
              </th>
              {days.map((day) => (
                <th scope="col" class={day.date && day.date === today ? 'col-day is-today' : 'col-day'} key={day.id} aria-current={day.date && day.date === today ? 'date' : undefined}>
                  <span aria-hidden="true">{day.name.slice(0, 3)}</span>
                  <span class="visually-hidden">{day.name}</span>
                  {day.date && day.date === today && <span class="today-mark no-print">Today</span>}
                  <span class="day-date">{day.date ? formatDayDate(day.date) : <span class="write-in" />}</span>
                </th>
              ))}
              <th scope="col" class="col-notes">
                Notes
              </th>
            </tr>
          </thead>
          <tbody>
            {HABITS.map((habit) => {
              const note = sheet.notes?.[habit.id] ?? '';
              return (
                <tr key={habit.id}>
                  <th scope="row" class="habit">
                    <span class="habit-name">{habit.name}</span>
                    <span class="habit-prompt">{habit.prompt}</span>
                  </th>
                  {days.map((day) => (
                    <td class={day.date && day.date === today ? 'cell is-today' : 'cell'} key={day.id}>
                      <label class="tick">
                        <input
                          type="checkbox"
                          aria-label={`${habit.name} on ${day.name}`}
                          checked={isTicked(sheet, habit.id, day.id)}
                          onChange={actions && ((event) => actions.onTick(habit.id, day.id, event.currentTarget.checked))}
                        />
                        <span class="tick-box" aria-hidden="true" />
                      </label>
                    </td>
                  ))}
                  <td class="note">
                    <input
                      type="text"
                      class="sheet-input"
                      aria-label={`Notes on ${habit.name}`}
                      maxLength={NOTE_MAX_CHARS}
                      value={note}
                      onInput={actions && ((event) => actions.onNote(habit.id, event.currentTarget.value))}
                    />
                    <span class="print-text" aria-hidden="true">
                      {note}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div class="sheet-lower">
        <fieldset class="sheet-clients">
          <legend>Key clients this week</legend>
          <ol>
            {Array.from({ length: KEY_CLIENT_SLOTS }, (_, slot) => (
              <KeyClientLine
                key={`${week ?? 'blank'}-${slot}`}
                slot={slot}
                name={keyClientNames[slot] ?? ''}
                onCommit={actions && ((name) => actions.onKeyClient(slot, name))}
                onFocus={actions?.onKeyClientFocus}
              />
            ))}
          </ol>
          <datalist id={`${ID}-clients`}>
            {clientNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </fieldset>

        <fieldset class="sheet-review">
          <legend>{WEEKLY_REVIEW_DAY.name} review</legend>
          {REVIEW_QUESTIONS.map(({ id, question }) => {
            const answer = sheet.review?.[id] ?? '';
            return (
              <div class="review-question" key={id}>
                <label for={`${ID}-review-${id}`}>{question}</label>
                <textarea
                  id={`${ID}-review-${id}`}
                  class="sheet-input"
                  rows={2}
                  maxLength={REVIEW_ANSWER_MAX_CHARS}
                  value={answer}
                  onInput={actions && ((event) => actions.onReview(id, event.currentTarget.value))}
                />
                <span class="print-text print-box" aria-hidden="true">
                  {answer}
                </span>
              </div>
            );
          })}
        </fieldset>
      </div>

      <p class="sheet-tally weekly-print-only">
        {week ? (
          describeTally(tallyWeek(sheet))
        ) : (
          <>
            Habits practised: <span class="write-in" /> of 6. Ticks in all: <span class="write-in" />. All six this week?{' '}
            <span class="tick-box" />
          </>
        )}
        {ruleOfThumb && (
          <span class="sheet-caveat">
            <strong>A rule of thumb, not a measure.</strong> {ruleOfThumb}
          </span>
        )}
      </p>
    </section>
  );
}

interface KeyClientLineProps {
  slot: number;
  /** The saved name on this line. */
  name: string;
  onCommit?: (name: string) => Promise<KeyClientResult>;
  onFocus?: () => void;
}

/** One key-client line: typed freely, saved when the field is left; a refused name stays with its reason. */
function KeyClientLine({ slot, name, onCommit, onFocus }: KeyClientLineProps) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const inputId = `${ID}-client-${slot}`;
  const errorId = `${inputId}-error`;
  const shown = draft ?? name;
  // Once the saved name arrives (or changes, say after a rename in another tool), it replaces the draft.
  useEffect(() => setDraft(undefined), [name]);
  return (
    <li>
      <label class="visually-hidden" for={inputId}>
        Key client {slot + 1}
      </label>
      <input
        id={inputId}
        type="text"
        class="sheet-input"
        list={`${ID}-clients`}
        autocomplete="off"
        value={shown}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onFocus={onFocus}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onChange={
          onCommit &&
          (async (event) => {
            const result = await onCommit(event.currentTarget.value);
            if (result.ok) {
              // The name as saved (tidied), shown until the sheet passes it back down.
              setDraft(result.name);
              setError(undefined);
            } else {
              setError(result.message);
            }
          })
        }
      />
      {error && (
        <p class="field-error no-print" id={errorId}>
          {error}
        </p>
      )}
      <span class="print-text" aria-hidden="true">
        {error ? name : shown}
      </span>
    </li>
  );
}
