/**
 * Parts of the client survey loaded only when there is something to show: the comparison once a reply is
 * saved (it brings the scorer's scorecards), the reply reader once the address carries a reply, and the
 * ways to send a survey once one is made. Keeps
 * a first visit to the tool page within its byte budget.
 */
import { useStore } from '@nanostores/preact';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { createLazyLoader } from '../shared/lazy-load';
import type { AskResultProps } from './AskResult';
import type { CompareViewsProps } from './CompareViews';
import { $latestReplyByClient } from './store';

const loadCompareViews = createLazyLoader(() => import('./CompareViews'));
const loadReceiveReply = createLazyLoader(() => import('./ReceiveReply'));
const loadAskResult = createLazyLoader(() => import('./AskResult'));

const OFFLINE = 'This part of the page could not be loaded (the connection may be down). Reload to try again.';

function useDeferred<P>(load: () => Promise<{ default: ComponentType<P> }>, wanted: boolean): { View?: ComponentType<P>; failed: boolean } {
  const [View, setView] = useState<ComponentType<P> | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || View) return;
    load().then(
      (module) => setView(() => module.default),
      () => setFailed(true),
    );
  }, [wanted, View, load]);
  return { View, failed: failed && !View };
}

/** Your view beside the client's, loaded once a reply is saved. */
export function DeferredCompareViews(props: CompareViewsProps) {
  const latest = useStore($latestReplyByClient);
  const { View, failed } = useDeferred(loadCompareViews, props.hydrated && Object.keys(latest).length > 0);
  if (failed) return <p class="notice notice-warning">{OFFLINE}</p>;
  return View ? <View {...props} /> : null;
}

/** The reply in the address, loaded when the address carries one. */
export function DeferredReceiveReply() {
  const [hasFragment, setHasFragment] = useState(false);
  useEffect(() => {
    const update = () => setHasFragment(location.hash.length > 1);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  const { View, failed } = useDeferred(loadReceiveReply, hasFragment);
  if (failed) return <p class="notice notice-warning">{OFFLINE}</p>;
  return View ? <View /> : null;
}

/** The survey link and the ways to send it, loaded on the first "Ask the client". */
export function DeferredAskResult(props: AskResultProps) {
  const { View, failed } = useDeferred(loadAskResult, true);
  if (failed) return <p class="notice notice-warning">{OFFLINE}</p>;
  return View ? <View {...props} /> : null;
}
