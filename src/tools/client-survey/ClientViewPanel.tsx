/**
 * Placed right after the scorer: "Ask the client" and, once replies are saved, your view beside the
 * client's. A sibling island rather than part of the scorer, so the scorer's own code stays as it is.
 * Its styles come with the parts that need them (the comparison, the link made), not with the scorer page.
 */
import SavedDataNotices from '../shared/SavedDataNotices';
import { useHydrated } from '../shared/use-hydrated';
import AskClient from './AskClient';
import { DeferredCompareViews } from './Deferred';
import { SURVEY_STORE_NAME } from './migrations';

/** Props of {@link ClientViewPanel}. */
export interface ClientViewPanelProps {
  /** Inside a guidance page's tool embed, where the page's own headings are level 2. */
  embedded?: boolean;
}

/** Asks the client and compares views. */
export default function ClientViewPanel({ embedded = false }: ClientViewPanelProps) {
  const hydrated = useHydrated();
  const level = embedded ? 3 : 2;
  return (
    <div class="tool client-survey">
      <SavedDataNotices names={[SURVEY_STORE_NAME]} />
      <DeferredCompareViews hydrated={hydrated} headingLevel={level} />
      <AskClient hydrated={hydrated} headingLevel={level} />
    </div>
  );
}
