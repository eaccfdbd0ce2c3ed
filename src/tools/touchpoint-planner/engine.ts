/**
 * The planner's "engine": its stores (saved plans, the shared client list) and the plan view, in one
 * chunk the island loads only when there is something to read (saved data exists) or to do (the user
 * starts on the form). A first visit with nothing saved downloads just the form, which keeps the tool
 * page within its budget: the saved-store machinery and its validator alone weigh about 8 KB gzipped.
 */
export { $clients } from '../shared/clients';
export { $planSummaries, deletePlan, makePlan, preparePlanRules, restorePlan } from './store';
export { default as SavedDataNotices } from '../shared/SavedDataNotices';
export { findSaveFailure } from '../shared/saved-store';
export { default as PlanArea } from './PlanArea';
