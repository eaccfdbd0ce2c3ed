/**
 * The open plan: its contacts in date order with their actions, calendar download, print, delete and
 * the referral log. This part is what prints, on one page.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { formatIsoDateForReading } from '../shared/calendar-date';
import { CHANNEL_LABELS } from './contacts';
import RecordStamp from '../shared/RecordStamp';
import { $today } from '../shared/today';
import { exportPlanCalendar, type PlanSummary } from './store';
import ContactItem from './ContactItem';
import PlanTimeline from './PlanTimeline';
import ReferralForm from './ReferralForm';

/** Props of {@link PlanSheet}. */
export interface PlanSheetProps {
  summary: PlanSummary;
  /** Id of the sheet's heading, so the island can move focus to it. */
  headingId: string;
  announce(message: string): void;
  onDelete(): void;
}

/** Class on <html> while the plan alone is being printed (see touchpoint-planner.css). */
const PRINTING_CLASS = 'tp-printing';

/** Saves text as a file through a temporary link (the only way a static page can offer a download). */
function saveFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click returns; give them a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Prints only the plan: the page's other content is hidden while the class is on. */
function printPlan(): void {
  const root = document.documentElement;
  root.classList.add(PRINTING_CLASS);
  window.addEventListener('afterprint', () => root.classList.remove(PRINTING_CLASS), { once: true });
  window.print();
}

/** The open plan. */
export default function PlanSheet({ summary, headingId, announce, onDelete }: PlanSheetProps) {
  const today = useStore($today);
  const [downloadProblem, setDownloadProblem] = useState<string | undefined>(undefined);
  const [downloading, setDownloading] = useState(false);
  const { plan, clientName } = summary;
  const first = plan.contacts[0];
  const last = plan.contacts.at(-1);

  async function download() {
    setDownloading(true);
    setDownloadProblem(undefined);
    const result = await exportPlanCalendar(plan.id, {
      stampedAt: Date.now(),
      siteUrl: new URL(import.meta.env.BASE_URL, window.location.origin).href,
    });
    setDownloading(false);
    if (!result.ok) {
      setDownloadProblem(result.message);
      return;
    }
    saveFile(result.fileName, result.text);
    announce(
      `Saved ${result.fileName} with ${plan.contacts.length} events. Importing it again after changes updates them instead of adding copies.`,
    );
  }

  return (
    <section class="tp-sheet" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        Touchpoint plan for <span class="tp-client">{clientName}</span>
      </h2>
      <RecordStamp />
      <p class="tp-meta">
        {plan.contacts.length} contacts
        {first && last && (
          <>
            {' '}
            from {formatIsoDateForReading(first.date)} to {formatIsoDateForReading(last.date)}
          </>
        )}
        , {summary.doneCount} done. Started {formatIsoDateForReading(plan.startDate)}; channels:{' '}
        {plan.channels.map((channel) => CHANNEL_LABELS[channel].inSentence).join(', ')}.
      </p>
      <div class="button-row no-print">
        <button type="button" onClick={download} disabled={downloading}>
          {downloading ? 'Preparing calendar…' : 'Download calendar (.ics)'}
        </button>
        <button type="button" class="secondary" onClick={printPlan}>
          Print plan
        </button>
        <button type="button" class="danger" onClick={onDelete}>
          Delete plan
        </button>
      </div>
      {downloadProblem && (
        <p class="notice notice-warning no-print" role="alert">
          {downloadProblem}
        </p>
      )}
      <PlanTimeline startDate={plan.startDate} contacts={plan.contacts} today={today} />
      <ol class="tp-contacts">
        {plan.contacts.map((contact) => (
          <ContactItem key={contact.id} planId={plan.id} contact={contact} today={today} announce={announce} />
        ))}
      </ol>
      <ReferralForm key={plan.id} planId={plan.id} clientName={clientName} announce={announce} />
    </section>
  );
}
