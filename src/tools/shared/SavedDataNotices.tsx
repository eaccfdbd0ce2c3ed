/**
 * Shows, next to a tool, what went wrong with its saved data: data that had to be set aside, and changes
 * the browser refused to store (with what the user can do about them); otherwise, when due, the quiet
 * reminder to export.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { createLazyLoader } from './lazy-load';
import { BACKUP_REMINDER_DUE_KEY } from './saved-data';
import { $today } from './today';
import { $savedDataNotices, $saveFailures, dismissSavedDataNotice } from './saved-store';

/** Props of {@link SavedDataNotices}. */
export interface SavedDataNoticesProps {
  /** Data names of the stores this tool reads, for example `['loyalty-score', 'clients']`. */
  names: readonly string[];
}

/** The export reminder, fetched only once it has fallen due: most visits never need its code. */
const loadBackupReminder = createLazyLoader(() => import('./BackupReminder'));

/** What to do about a refused save, fetched when a save is refused (rare, so kept out of every first visit). */
const loadSaveFailureNotice = createLazyLoader(() => import('./SaveFailureNotice'));

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
  const [FailureNotice, setFailureNotice] = useState<typeof import('./SaveFailureNotice').default | undefined>(undefined);
  useEffect(() => {
    if (!failure || FailureNotice) return;
    loadSaveFailureNotice().then(
      (module) => setFailureNotice(() => module.default),
      // Offline and not cached: say the essential in plain words.
      () => setFailureNotice(() => FallbackFailureNotice),
    );
  }, [failure, FailureNotice]);
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
      {failure ? FailureNotice && <FailureNotice reason={failure.reason} /> : Reminder && <Reminder />}
    </>
  );
}

/** Said when the full notice cannot be fetched. */
function FallbackFailureNotice() {
  return (
    <div class="notice notice-warning" role="alert">
      <p>Your latest change is not saved: this browser refused to store it. It stays on screen while this page is open.</p>
    </div>
  );
}
