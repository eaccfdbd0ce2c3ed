/**
 * What a user reads when the browser refused to store a change: what happened, how to keep a copy, how to
 * make room, and Try again. Loaded by `SavedDataNotices` only when a save is refused.
 */
import { useState } from 'preact/hooks';
import { withBase } from '../../lib/url';
import { MY_PLAN_EXPORT_PATH, type SaveFailureReason } from './saved-data';
import { retryFailedSaves } from './saved-store';

/**
 * Explains a refused save in one sentence: what happened and that nothing on screen is lost.
 * @param reason why the browser refused
 */
export function describeSaveFailure(reason: SaveFailureReason): string {
  return reason === 'full'
    ? 'Your latest change is not saved: this browser’s storage for this site is full. It stays on screen while this page is open.'
    : 'Your latest change is not saved: this browser does not let this site store data (storage is switched off or blocked, as in some private windows). It stays on screen while this page is open.';
}

/** A refused save: what happened, how to keep a copy, how to make room, and Try again. */
export default function SaveFailureNotice({ reason }: { reason: SaveFailureReason }) {
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
