/**
 * How touchpoint plans merge on import: a client has one plan, and this browser's is the one being
 * followed, so the file adds only plans for clients this browser has none for. Pure.
 */
import { defineMergeRule, describeRemoved, type StoreMergeRules } from '../shared/merge-rules';
import type { TouchpointPlan } from './schema';

/** The planner's merge rules, by store name. */
export const MERGE_RULES: StoreMergeRules = {
  'touchpoint-planner': defineMergeRule<{ plans: TouchpointPlan[] }>({
    noun: ['plan', 'plans'],
    count: (data) => data.plans.length,
    empty: { plans: [] },
    merge(current, incoming, mapId) {
      const plans = [...current.plans];
      for (const plan of incoming.plans) {
        const mapped = { ...plan, clientId: mapId(plan.clientId) };
        if (plans.some((kept) => kept.id === mapped.id || kept.clientId === mapped.clientId)) continue;
        plans.push(mapped);
      }
      return { plans };
    },
    forgetClient(data, clientId) {
      const plans = data.plans.filter((plan) => plan.clientId !== clientId);
      return { data: { plans }, removed: describeRemoved(data.plans.length - plans.length, ['plan', 'plans']) };
    },
  }),
};
