/**
 * Shows, next to a tool, what went wrong with its saved data: data that had to be set aside, and changes
 * the browser refused to store (with what the user can do about them); otherwise, when due, the quiet
 * reminder to export.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { withBase } from '../../lib/url';
import { createLazyLoader } from './lazy-load';
import { BACKUP_REMINDER_DUE_KEY, describeSaveFailure, MY_PLAN_EXPORT_PATH } from './saved-data';
import { $today } from './today';
import { $savedDataNotices, $saveFailures, dismissSavedDataNotice, retryFailedSaves } from './saved-store';

/** Props of {@link SavedDataNotices}. */
export interface SavedDataNoticesProps {
  /** Data names of the stores this tool reads, for example `['loyalty-score', 'clients']`. */
  names: readonly string[];
}


/** The export reminder, fetched only once it has fallen due: most visits never need its code. */
const loadBackupReminder = createLazyLoader(() => import('./BackupReminder'));

/** Tells whether the reminder's due day (ISO dates compare as text) has come. */
function hasReminderFallenDue(): boolean {
  try {
    const due = localStorage.getItem(BACKUP_REMINDER_DUE_KEY);
    return due !== null && due <= $today.get();
  } catch {
    return false;
  }
}

/** Lists the set-aside notices for the given stores, each with a Dismiss button, and any refused save. */
export default function SavedDataNotices({ names }: SavedDataNoticesProps) {
  const notices = useStore($savedDataNotices).filter((notice) => names.includes(notice.name));
  const failure = useStore($saveFailures).find((known) => names.includes(known.name));
  const [Reminder, setReminder] = useState<typeof import('./BackupReminder').default | undefined>(undefined);
  useEffect(() => {
    if (!hasReminderFallenDue()) return;
    loadBackupReminder().then(
      (module) => setReminder(() => module.default),
      () => undefined, // Offline: the reminder waits for the next page.
    );
  }, []);
  return (
    <>
      {notices.length > 0 && (
        <div class="notice notice-warning" role="alert">
          {notices.map((notice) => (
            <p key={notice.name}>
              {notice.message}{' '}
              <button type="button" class="secondary" onClick={() => dismissSavedDataNotice(notice.name)}>
                Dismiss
              </button>
            </p>
          ))}
        </div>
      )}
      {failure ? <SaveFailureNotice reason={failure.reason} /> : Reminder && <Reminder />}
    </>
  );
}

/** A refused save: what happened, how to keep a copy, how to make room, and Try again. */
function SaveFailureNotice({ reason }: { reason: 'full' | 'blocked' }) {
  const [retried, setRetried] = useState(false);
  return (
    <div class="notice notice-warning save-failure no-print" role="alert">
      <p>{describeSaveFailure(reason)}</p>
      {reason === 'full' ? (
        <p>
          First keep a copy of what is saved: <a href={withBase(import.meta.env.BASE_URL, MY_PLAN_EXPORT_PATH)} target="_blank" rel="noopener">Export my data</a>{' '}
          (opens My plan in a new tab). Then make room: delete entries you no longer need in the tools, or data set aside
          in My plan, and press Try again.
        </p>
      ) : (
        <p>Allow this site to store data in your browser’s settings (or leave the private window), then press Try again.</p>
      )}
      <p>
        <button type="button" onClick={() => setRetried(!retryFailedSaves())}>
          Try again
        </button>
        {retried && ' Still not saved: the browser refused again.'}
      </p>
    </div>
  );
}
