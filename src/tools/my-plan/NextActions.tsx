/**
 * The next five actions, ranked across the tools, each with why and a link.
 */
import { useStore } from '@nanostores/preact';
import { withBase } from '../../lib/url';
import { $nextActions } from './store';

/** Props of {@link NextActions}. */
export interface NextActionsProps {
  /** False until the saved data has been read (the server's render). */
  ready: boolean;
}

/** Lists the next actions. */
export default function NextActions({ ready }: NextActionsProps) {
  const actions = useStore($nextActions);
  const base = import.meta.env.BASE_URL;
  return (
    <section class="plan-section plan-actions" aria-labelledby="plan-actions-title">
      <h2 id="plan-actions-title">Your next five actions</h2>
      {ready ? (
        <ol class="plan-action-list">
          {actions.map((action) => (
            <li key={action.key} class="plan-action" data-kind={action.kind}>
              <strong class="plan-action-title">{action.title}</strong>
              <span class="plan-action-why">{action.why}</span>
              <a href={withBase(base, action.link.path)}>{action.link.label}</a>
            </li>
          ))}
        </ol>
      ) : (
        <p>
          Your plan is put together in this browser from what the tools have saved here. Nothing is sent anywhere. It needs
          JavaScript to read that data; without it, start from the <a href={withBase(base, 'tools/')}>tools</a>.
        </p>
      )}
    </section>
  );
}
