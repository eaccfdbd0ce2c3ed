/**
 * "Keeping your data": where the data is, how much room it takes, whether the browser promised to keep
 * it, when it was last exported, and the export reminder's setting. Everything shown is read in the
 * browser; `MyPlan` fetches this module once the section scrolls into view.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { formatIsoDateForReading } from '../shared/calendar-date';
import { $backupStatus, BACKUP_REMINDER_CHOICES, setReminderDays } from '../shared/keep-data';
import { STORAGE_PREFIX } from '../shared/saved-data';

/** What the browser says about the site's storage. */
interface StorageFacts {
  origin: string;
  /** Characters under the site's keys, times two: localStorage keeps UTF-16. */
  savedBytes: number | undefined;
  /** `navigator.storage.estimate()`, when the browser offers it. */
  estimate: { usage: number; quota: number } | undefined;
  /** `navigator.storage.persisted()`, when the browser offers it. */
  persisted: boolean | undefined;
}

function measureSavedBytes(): number | undefined {
  try {
    let chars = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) chars += key.length + (localStorage.getItem(key)?.length ?? 0);
    }
    return chars * 2;
  } catch {
    return undefined;
  }
}

async function readStorageFacts(): Promise<StorageFacts> {
  const storage = navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => undefined) : undefined,
    storage?.persisted ? storage.persisted().catch(() => undefined) : undefined,
  ]);
  return {
    origin: window.location.origin,
    savedBytes: measureSavedBytes(),
    estimate: estimate && typeof estimate.usage === 'number' && typeof estimate.quota === 'number' ? { usage: estimate.usage, quota: estimate.quota } : undefined,
    persisted,
  };
}

const formatSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(bytes / 1024)
    : new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));

/** The contents of My plan's "Keeping your data" section (the section itself is `MyPlan`'s). */
export default function KeepData() {
  const status = useStore($backupStatus);
  const [facts, setFacts] = useState<StorageFacts | undefined>(undefined);

  useEffect(() => {
    void readStorageFacts().then(setFacts);
  }, [status]);

  return (
    <>
      {!facts ? (
        <p class="plan-muted">What this browser holds is shown once the page has read it.</p>
      ) : (
        <dl class="plan-keep-facts">
          <dt>Where it is</dt>
          <dd>In this browser only (its local storage for {facts.origin}), on this device. Nothing is sent anywhere.</dd>
          <dt>Space it uses</dt>
          <dd>
            {facts.savedBytes === undefined ? 'This browser does not let the site store data.' : `${formatSize(facts.savedBytes)} of saved data (browsers allow about 5 MB per site).`}
            {facts.estimate && ` The browser counts ${formatSize(facts.estimate.usage)} in use for this site, of ${formatSize(facts.estimate.quota)} available.`}
          </dd>
          <dt>Will the browser keep it?</dt>
          <dd>
            {facts.persisted === true
              ? 'Yes: the browser has promised not to clear it when space runs low.'
              : 'Not promised: the browser may clear it when the device runs low on space, so keep an exported copy.'}
          </dd>
          <dt>Last export</dt>
          <dd>{status.lastExportOn ? formatIsoDateForReading(status.lastExportOn) : 'Never exported from this browser.'}</dd>
        </dl>
      )}
      <div class="field">
        <label for="plan-reminder">Remind me to export after changes of</label>
        <select
          id="plan-reminder"
          disabled={!facts}
          value={status.remindAfterDays === null ? 'off' : String(status.remindAfterDays)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setReminderDays(value === 'off' ? null : Number(value));
          }}
        >
          {BACKUP_REMINDER_CHOICES.map((days) => (
            <option key={days} value={String(days)}>
              {days} days
            </option>
          ))}
          <option value="off">Never (no reminder)</option>
        </select>
      </div>
    </>
  );
}
