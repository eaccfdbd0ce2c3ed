/** What other tools may take from the touchpoint planner: the shape of a saved plan. Types only. */
export type { TouchpointPlan } from './schema';
