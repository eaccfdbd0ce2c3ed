/**
 * A quiet reminder, next to a tool and on My plan, once the data has changed for a while without an
 * export (`findReminderDue` in `./keep-data.ts`). Shown only in the browser, after hydration; loaded by
 * `SavedDataNotices` on demand, so it and `keep-data.ts` stay out of a tool's first download.
 */
import { useStore } from '@nanostores/preact';
import { withBase } from '../../lib/url';
import { formatIsoDateForReading } from './calendar-date';
import { $backupStatus, findReminderDue } from './keep-data';
import { MY_PLAN_EXPORT_PATH } from './saved-data';
import { $today } from './today';
import { useHydrated } from './use-hydrated';


/** Says how long the data has gone without an export, with a link to export it. */
export default function BackupReminder() {
  const hydrated = useHydrated();
  const status = useStore($backupStatus);
  const today = useStore($today);
  const days = hydrated ? findReminderDue(status, today) : undefined;
  if (days === undefined) return null;
  const since = status.lastExportOn ? `since your last export on ${formatIsoDateForReading(status.lastExportOn)}` : 'and has never been exported';
  return (
    <p class="backup-reminder no-print">
      Your saved data has changed over the last {days} days {since}: a copy keeps it safe if this browser loses it.{' '}
      <a href={withBase(import.meta.env.BASE_URL, MY_PLAN_EXPORT_PATH)}>Export my data</a> (the reminder can be changed or turned off in
      My plan).
    </p>
  );
}
