/**
 * The line that heads a tool's printed record, under the page's title: whose record it is (where the tool
 * has a client) and the day it was printed. Paper only: hidden on screen, where the form above already
 * says both, so screen readers never meet it twice. Rendered after hydration, since the server's day is
 * the build's.
 *
 * The day is read from the device's clock rather than `$today`: the client's survey page carries no
 * store, and a stamp is not worth bringing nanostores into it.
 */
import { formatIsoDateForReading, toIsoDate } from './calendar-date';
import { useHydrated } from './use-hydrated';

/** Props of {@link RecordStamp}. */
export interface RecordStampProps {
  /** The client the record is about, when the tool has one and it is named. */
  client?: string | undefined;
}

/** "Client: Acme · Printed Tue 10 Mar 2026", on paper only. */
export default function RecordStamp({ client }: RecordStampProps) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  const name = client?.trim();
  return (
    <p class="print-only record-stamp">
      {name && <>Client: {name} · </>}Printed {formatIsoDateForReading(toIsoDate(new Date()))}
    </p>
  );
}
