/**
 * My plan: the next five actions across the tools, where each tool stands, the shared client list, and
 * export, import and delete of the reader's data. Placed on `/my-plan/`.
 *
 * The server renders the page's frame with a neutral note: saved data and today's date exist only in the
 * browser, so they appear once the island has read them (never the build's own data or day).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $planStatus, PLAN_STORE_NAMES, startPlan } from './store';
import ClientList from './ClientList';
import DataControls from './DataControls';
import NextActions from './NextActions';
import ToolOverview from './ToolOverview';
import RecordStamp from '../shared/RecordStamp';
import SavedDataNotices from '../shared/SavedDataNotices';
import { createLazyLoader } from '../shared/lazy-load';
import './my-plan.css';

/** "Keeping your data", fetched when its section scrolls into view (it sits last, below the data controls). */
const loadKeepData = createLazyLoader(() => import('./KeepData'));

/** The My plan page's tool. */
export default function MyPlan() {
  const ready = useStore($planStatus) === 'ready';
  const [KeepData, setKeepData] = useState<typeof import('./KeepData').default | undefined>(undefined);
  const keepRef = useRef<HTMLElement>(null);

  useEffect(() => {
    void startPlan();
  }, []);

  useEffect(() => {
    const section = keepRef.current;
    if (!ready || !section) return undefined;
    const show = () =>
      loadKeepData().then(
        (module) => setKeepData(() => module.default),
        () => undefined, // Offline: the section keeps its note until the next visit.
      );
    // Without IntersectionObserver (old browsers, jsdom) the section is filled at once.
    if (typeof IntersectionObserver === 'undefined') {
      void show();
      return undefined;
    }
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void show();
    });
    observer.observe(section);
    return () => observer.disconnect();
  }, [ready]);

  return (
    <div class="tool my-plan">
      <RecordStamp />
      {ready && <SavedDataNotices names={PLAN_STORE_NAMES} />}
      <NextActions ready={ready} />
      <ToolOverview ready={ready} />
      {ready && <ClientList />}
      <DataControls ready={ready} />
      <section class="plan-section plan-keep no-print" aria-labelledby="plan-keep-title" ref={keepRef}>
        <h2 id="plan-keep-title">Keeping your data</h2>
        {KeepData ? <KeepData /> : <p class="plan-muted">Where your data is and how much room it takes show here once the page has read them.</p>}
      </section>
    </div>
  );
}
