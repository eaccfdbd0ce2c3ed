/**
 * What other tools may take from My plan: the shapes of the summaries each tool gives it (see each
 * tool's `summary.ts`). Types only, so importing this adds nothing to a tool's download.
 */
export type { ChecklistSummary, ClientScore, LadderSummary, PlannerSummary, ReviewSummary, SurveySummary } from './model';
