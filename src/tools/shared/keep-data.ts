/**
 * Keeping the data: browsers may clear a site's storage under pressure, and a user who never exports has
 * no copy. This module asks the browser to keep the data, remembers when it was last exported and since
 * when it has changed, and says when a reminder to export is due.
 *
 * Data shape: key `loyalty-playbook:backup-status` holds JSON {@link BackupStatus}, and
 * `loyalty-playbook:backup-reminder-due` the day the reminder falls due (see `BACKUP_REMINDER_DUE_KEY`). It is a setting about
 * the data, not data, so (like the theme) it is not a tool's saved store: not exported, not deleted by
 * "Delete all", and a refused write is harmless (the reminder may then come early or late).
 *
 * Lifecycle: loaded on demand (after the first accepted write, by the reminder, by My plan) and read
 * then; `saved-store.ts` calls {@link noteDataStored} after every write the browser accepted (the first
 * one in a page also asks for persistent storage);
 * My plan calls {@link noteExported} after an export and {@link setReminderDays} from its settings.
 */
import { atom } from 'nanostores';
import { z } from 'zod/mini';
import { addDaysToIsoDate, countDaysBetween, isIsoDate, type IsoDate } from './calendar-date';
import { BACKUP_REMINDER_DUE_KEY, STORAGE_PREFIX } from './saved-data';
import { $today } from './today';

/** Where the status is kept. */
export const BACKUP_STATUS_KEY = `${STORAGE_PREFIX}backup-status`;

/**
 * Days of changes without an export before the reminder shows. Two weeks is the playbook's own choice:
 * long enough that a weekly checklist routine is not nagged every week, short enough that a lost browser
 * costs at most a fortnight of work.
 */
export const BACKUP_REMINDER_DAYS = 14;

/** The intervals the user can choose instead (days). */
export const BACKUP_REMINDER_CHOICES: readonly number[] = [7, BACKUP_REMINDER_DAYS, 30, 90];

const IsoDateSchema = z.string().check(z.refine(isIsoDate));

const BackupStatusSchema = z.object({
  /** The day of the last export. */
  lastExportOn: z.optional(IsoDateSchema),
  /** The first day data changed after the last export (none: nothing changed since). */
  changedSince: z.optional(IsoDateSchema),
  /** Days before the reminder; null when the user turned it off. */
  remindAfterDays: z.custom<number | null>((value) => value === null || (Number.isInteger(value) && (value) > 0)),
});

/** When the data was last exported and changed, and the reminder setting. */
export type BackupStatus = z.infer<typeof BackupStatusSchema>;

const DEFAULT_STATUS: BackupStatus = { remindAfterDays: BACKUP_REMINDER_DAYS };

function readStatus(): BackupStatus {
  try {
    const parsed = BackupStatusSchema.safeParse(JSON.parse(localStorage.getItem(BACKUP_STATUS_KEY) ?? 'null'));
    return parsed.success ? parsed.data : DEFAULT_STATUS;
  } catch {
    return DEFAULT_STATUS;
  }
}

/** The backup status (on the server: the default). */
export const $backupStatus = atom<BackupStatus>(typeof window === 'undefined' ? DEFAULT_STATUS : readStatus());

function writeStatus(status: BackupStatus): void {
  $backupStatus.set(status);
  try {
    localStorage.setItem(BACKUP_STATUS_KEY, JSON.stringify(status));
    if (status.changedSince && status.remindAfterDays !== null) {
      localStorage.setItem(BACKUP_REMINDER_DUE_KEY, addDaysToIsoDate(status.changedSince, status.remindAfterDays));
    } else {
      localStorage.removeItem(BACKUP_REMINDER_DUE_KEY);
    }
  } catch {
    // Full or switched off: the status lives on in memory for this page (see the module comment).
  }
}

let persistenceAsked = false;

/** Asks the browser, once per page, not to clear the site's storage under pressure. */
function askToKeepData(): void {
  if (persistenceAsked) return;
  persistenceAsked = true;
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist || !storage.persisted) return;
  storage
    .persisted()
    .then((kept) => kept || storage.persist())
    .catch(() => {
      // Not granted or not supported: My plan says whether the browser promised to keep the data.
    });
}

/**
 * Notes a write the browser accepted: the data changed today (unless it already had since the last
 * export), and, the first time in a page, asks for persistent storage.
 * @param key the storage key written
 */
export function noteDataStored(key: string): void {
  if (key === BACKUP_STATUS_KEY || key === BACKUP_REMINDER_DUE_KEY) return;
  askToKeepData();
  const status = readStatus();
  if (!status.changedSince) writeStatus({ ...status, changedSince: $today.get() });
}

/**
 * Notes an export: the data is backed up as of today.
 * @param today the day of the export
 */
export function noteExported(today: IsoDate): void {
  writeStatus({ lastExportOn: today, remindAfterDays: readStatus().remindAfterDays });
}

/**
 * Sets the reminder's interval.
 * @param days days of changes without an export before the reminder shows; null turns it off
 */
export function setReminderDays(days: number | null): void {
  writeStatus({ ...readStatus(), remindAfterDays: days });
}

/**
 * Tells whether the export reminder is due.
 * @param status the backup status
 * @param today today's date
 * @returns the days the data has changed without an export, when the reminder is due
 */
export function findReminderDue(status: BackupStatus, today: IsoDate): number | undefined {
  if (status.remindAfterDays === null || !status.changedSince) return undefined;
  const days = countDaysBetween(status.changedSince, today);
  return days >= status.remindAfterDays ? days : undefined;
}
