/** What other tools may take from the weekly checklist: the shape of its saved data and its version. */
export type { ChecklistData } from './schema';
export { CHECKLIST_DATA_VERSION } from './migrations';
