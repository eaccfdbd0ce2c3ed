/**
 * Today's date for every tool, so `src/lib` never reads the clock and tests can set the day.
 *
 * Data shape: an ISO date `YYYY-MM-DD` (not persisted).
 * Lifecycle: set from the device clock when the module loads in the browser; during the static build it
 * holds the build day, which islands must not present as "today" before hydrating.
 */
import { atom } from 'nanostores';
import { toIsoDate, type IsoDate } from './calendar-date';

/** Today's local calendar date. */
export const $today = atom<IsoDate>(toIsoDate(new Date()));

/**
 * Sets today's date (tests, or a page left open past midnight).
 * @param date the new date
 */
export function setToday(date: IsoDate): void {
  $today.set(date);
}
