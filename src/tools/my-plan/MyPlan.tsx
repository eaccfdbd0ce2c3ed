/**
 * My plan: the next five actions across the tools, where each tool stands, the shared client list, and
 * export, import and delete of the reader's data. Placed on `/my-plan/`.
 *
 * The server renders the page's frame with a neutral note: saved data and today's date exist only in the
 * browser, so they appear once the island has read them (never the build's own data or day).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $planStatus, PLAN_STORE_NAMES, startPlan } from './store';
import ClientList from './ClientList';
import DataControls from './DataControls';
import NextActions from './NextActions';
import ToolOverview from './ToolOverview';
import SavedDataNotices from '../shared/SavedDataNotices';
import { createLazyLoader } from '../shared/lazy-load';
import './my-plan.css';

/** "Keeping your data", fetched once the plan is ready: it reads the browser, never the build. */
const loadKeepData = createLazyLoader(() => import('./KeepData'));

/** The My plan page's tool. */
export default function MyPlan() {
  const ready = useStore($planStatus) === 'ready';
  const [KeepData, setKeepData] = useState<typeof import('./KeepData').default | undefined>(undefined);

  useEffect(() => {
    void startPlan();
  }, []);

  useEffect(() => {
    if (ready) loadKeepData().then((module) => setKeepData(() => module.default), () => undefined);
  }, [ready]);

  return (
    <div class="tool my-plan">
      {ready && <SavedDataNotices names={PLAN_STORE_NAMES} />}
      <NextActions ready={ready} />
      <ToolOverview ready={ready} />
      {ready && <ClientList />}
      <DataControls ready={ready} />
      {KeepData && <KeepData ready={ready} />}
    </div>
  );
}
