/**
 * The zone-of-tolerance review: review each client, see who is Inside, Near the edge or Outside, and keep
 * the list. Placed on `/tools/tolerance-review/` and in the satisfaction-and-loyalty guidance.
 *
 * The server renders an empty form and an empty list. Saved reviews, the client list and today's date come
 * from this device, so they appear only after the first render in the browser, which keeps hydration exact
 * and keeps the build's own day out of the form.
 */
import { useEffect, useRef } from 'preact/hooks';
import { $today } from '../shared/today';
import { useHydrated } from '../shared/use-hydrated';
import { dateDraftIfEmpty } from './store';
import RecordStamp from '../shared/RecordStamp';
import SavedDataNotices from '../shared/SavedDataNotices';
import ReviewForm from './ReviewForm';
import ReviewList from './ReviewList';
import './tolerance-review.css';

/** Data names of the saved stores this tool reads. */
const SAVED_STORE_NAMES = ['tolerance-review', 'clients'] as const;

/** The tolerance review tool. */
export default function ToleranceReview() {
  const hydrated = useHydrated();
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => dateDraftIfEmpty($today.get()), []);

  function bringFormIntoView() {
    nameRef.current?.focus();
    nameRef.current?.scrollIntoView({ block: 'center' });
  }

  return (
    <div class="tool tolerance-review">
      <RecordStamp />
      {hydrated && <SavedDataNotices names={SAVED_STORE_NAMES} />}
      <ReviewForm hydrated={hydrated} nameRef={nameRef} />
      <ReviewList hydrated={hydrated} onReviewAgain={bringFormIntoView} />
    </div>
  );
}
