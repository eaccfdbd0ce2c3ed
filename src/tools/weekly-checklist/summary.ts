/**
 * My plan's view of the weekly checklist: this week's tally and the last eight weeks.
 * Loaded through the tool registry only once the checklist has saved something.
 */
import { computed, type ReadableAtom } from 'nanostores';
import type { ChecklistSummary } from '../my-plan/public';
import { HABIT_IDS } from './model';
import { $checklist, $lastEightWeeks, $thisWeekTally } from './store';

/** Creates the summary atom; undefined before any week was filled in. */
export function createPlanSummary(): ReadableAtom<ChecklistSummary | undefined> {
  return computed([$checklist, $thisWeekTally, $lastEightWeeks], (data, thisWeek, lastEightWeeks) =>
    Object.keys(data.weeks).length === 0 ? undefined : { thisWeek, lastEightWeeks, habitCount: HABIT_IDS.length },
  );
}
