/**
 * My plan's view of the touchpoint planner: contacts due in the next fortnight. Loaded through the tool
 * registry only once a plan is saved. What each contact is for comes from the planner's rules, which the
 * planner itself loads on demand; they are fetched here the same way.
 */
import { computed, type ReadableAtom } from 'nanostores';
import type { PlannerSummary } from '../my-plan/public';
import { $planner, $upcomingTouchpoints } from './store';

/** Creates the summary atom; undefined before any plan was made. */
export async function createPlanSummary(): Promise<ReadableAtom<PlannerSummary | undefined>> {
  const { PURPOSES } = await import('./model');
  return computed([$planner, $upcomingTouchpoints], (data, upcoming) =>
    data.plans.length === 0
      ? undefined
      : {
          planCount: data.plans.length,
          upcoming: upcoming.map(({ planId, contact, clientName, overdue }) => ({
            key: `${planId}:${contact.id}`,
            clientName,
            date: contact.date,
            overdue,
            purpose: PURPOSES[contact.purpose].label,
            guide: { path: PURPOSES[contact.purpose].guide.path, label: PURPOSES[contact.purpose].guide.title },
          })),
        },
  );
}
