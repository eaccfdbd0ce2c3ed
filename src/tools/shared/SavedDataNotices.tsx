/**
 * Shows, next to a tool, the notices about its saved data that had to be set aside.
 */
import { useStore } from '@nanostores/preact';
import { $savedDataNotices, dismissSavedDataNotice } from './saved-store';

/** Props of {@link SavedDataNotices}. */
export interface SavedDataNoticesProps {
  /** Data names of the stores this tool reads, for example `['loyalty-score', 'clients']`. */
  names: readonly string[];
}

/** Lists the set-aside notices for the given stores, each with a Dismiss button. */
export default function SavedDataNotices({ names }: SavedDataNoticesProps) {
  const notices = useStore($savedDataNotices).filter((notice) => names.includes(notice.name));
  if (notices.length === 0) return null;
  return (
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
  );
}
