/**
 * My plan: the next five actions across the tools, where each tool stands, the shared client list, and
 * export, import and delete of the reader's data. Placed on `/my-plan/`.
 *
 * The server renders the page's frame with a neutral note: saved data and today's date exist only in the
 * browser, so they appear once the island has read them (never the build's own data or day).
 */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { $planStatus, PLAN_STORE_NAMES, startPlan } from './store';
import ClientList from './ClientList';
import DataControls from './DataControls';
import KeepData from './KeepData';
import NextActions from './NextActions';
import ToolOverview from './ToolOverview';
import SavedDataNotices from '../shared/SavedDataNotices';
import './my-plan.css';

/** The My plan page's tool. */
export default function MyPlan() {
  const ready = useStore($planStatus) === 'ready';

  useEffect(() => {
    void startPlan();
  }, []);

  return (
    <div class="tool my-plan">
      {ready && <SavedDataNotices names={PLAN_STORE_NAMES} />}
      <NextActions ready={ready} />
      <ToolOverview ready={ready} />
      {ready && <ClientList />}
      <DataControls ready={ready} />
      <KeepData ready={ready} />
    </div>
  );
}
