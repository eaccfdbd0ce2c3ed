/**
 * The client survey's saved store: its name, the version of its data and where it starts. Kept apart from
 * `./schema.ts` so the survey saves without loading zod: the schema loads only to read saved data. (No
 * older version exists yet; a migration would go here.)
 *
 * Pure: imports no store, no UI and no zod.
 */
import type { SurveyData } from './schema';

/** Data name of the saved store (`loyalty-playbook:client-survey`). */
export const SURVEY_STORE_NAME = 'client-survey';

/** Version of the saved data written now. */
export const SURVEY_STORE_VERSION = 1;

/** Nothing saved yet. */
export const EMPTY_SURVEY_DATA: SurveyData = { surveys: [], replies: [] };
