/**
 * The client survey's own page: a reply link opened here is shown and saved; below, the replies saved,
 * your view beside the client's, and a form to ask another client.
 */
import { useState } from 'preact/hooks';
import RecordStamp from '../shared/RecordStamp';
import SavedDataNotices from '../shared/SavedDataNotices';
import { useHydrated } from '../shared/use-hydrated';
import AskClient from './AskClient';
import { DeferredCompareViews, DeferredReceiveReply } from './Deferred';
import SavedReplies from './SavedReplies';
import { SURVEY_STORE_NAME } from './migrations';
import './client-survey.css';

/** The client survey tool. */
export default function ClientSurvey() {
  const hydrated = useHydrated();
  const [askedFor, setAskedFor] = useState<string | undefined>(undefined);
  return (
    <div class="tool client-survey">
      <RecordStamp client={askedFor} />
      <SavedDataNotices names={[SURVEY_STORE_NAME, 'clients']} />
      {hydrated && <DeferredReceiveReply />}
      <SavedReplies hydrated={hydrated} />
      <DeferredCompareViews hydrated={hydrated} />
      <AskClient hydrated={hydrated} onAsked={setAskedFor} />
    </div>
  );
}
