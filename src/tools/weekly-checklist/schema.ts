/**
 * What the weekly checklist saves (saved store `weekly-checklist`), as zod/mini schemas, the types derived
 * from them, and the migration from older versions. Reading is all or nothing: one malformed week sets the
 * whole of the saved data aside (see `../shared/saved-store.ts`); fields the checklist does not know are
 * dropped.
 *
 * Versions: 1 named the key-client lines `keyCustomers`; 2 names them `keyClients`, as the site says
 * "client" everywhere.
 */
import { z } from 'zod/mini';
import {
  HABIT_IDS,
  isWeekKey,
  KEY_CLIENT_SLOTS,
  NOTE_MAX_CHARS,
  REVIEW_ANSWER_MAX_CHARS,
  REVIEW_QUESTION_IDS,
  WEEKDAY_IDS,
} from './model';

export { CHECKLIST_DATA_VERSION, CHECKLIST_MIGRATIONS, renameKeyCustomers } from './migrations';

const HabitIdSchema = z.enum(HABIT_IDS);

/** What a user has put on one week's sheet. Every part is optional: a new week is `{}`. */
export const WeekSheetSchema = z.object({
  /** The days each habit was practised on. */
  ticks: z.optional(z.partialRecord(HabitIdSchema, z.array(z.enum(WEEKDAY_IDS)).check(z.maxLength(WEEKDAY_IDS.length)))),
  /** A note line per habit. */
  notes: z.optional(z.partialRecord(HabitIdSchema, z.string().check(z.maxLength(NOTE_MAX_CHARS)))),
  /** Key clients by line: a client id from the shared client list, or null for an empty line. */
  keyClients: z.optional(z.array(z.nullable(z.string().check(z.minLength(1)))).check(z.maxLength(KEY_CLIENT_SLOTS))),
  /** Answers to the end-of-week review. */
  review: z.optional(z.partialRecord(z.enum(REVIEW_QUESTION_IDS), z.string().check(z.maxLength(REVIEW_ANSWER_MAX_CHARS)))),
});

/** Everything the checklist saves: one sheet per ISO week (nothing is dropped when a week ends) and the paper. */
export const ChecklistDataSchema = z.object({
  weeks: z.record(z.string().check(z.refine(isWeekKey)), WeekSheetSchema),
  /** Chosen paper size; unset until the user picks one. */
  paper: z.optional(z.enum(['a4', 'letter'])),
});

/** One week's sheet. */
export type WeekSheet = z.infer<typeof WeekSheetSchema>;

/** Everything the checklist saves. */
export type ChecklistData = z.infer<typeof ChecklistDataSchema>;

/** Paper the sheet is laid out for when printed. */
export type PaperSize = NonNullable<ChecklistData['paper']>;
