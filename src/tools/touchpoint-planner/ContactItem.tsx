/**
 * One contact of a plan: when, how, why and what to say, with Done, Skip and Move.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatIsoDateForReading } from '../shared/calendar-date';
import { CHANNEL_LABELS } from './contacts';
import type { PlanContact } from './schema';
import { describeSuggestion, PURPOSES } from './model';
import { withBase } from '../../lib/url';
import { moveContact, setContactStatus } from './store';
import FormField from '../shared/FormField';

/** Props of {@link ContactItem}. */
export interface ContactItemProps {
  planId: string;
  contact: PlanContact;
  /** Today's date, to flag overdue contacts. */
  today: string;
  /** Says something in the planner's polite live region. */
  announce(message: string): void;
}

const STATUS_LABELS = { planned: 'To do', done: 'Done', skipped: 'Skipped' } as const;

/** A contact in the plan's list. */
export default function ContactItem({ planId, contact, today, announce }: ContactItemProps) {
  const id = useId();
  const purpose = PURPOSES[contact.purpose];
  const [moving, setMoving] = useState(false);
  const [newDate, setNewDate] = useState(contact.date);
  const [moveError, setMoveError] = useState<string | undefined>(undefined);
  const moveButton = useRef<HTMLButtonElement>(null);
  const statusButton = useRef<HTMLButtonElement>(null);
  const dateInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (moving) dateInput.current?.focus();
  }, [moving]);
  const when = formatIsoDateForReading(contact.date);
  const overdue = contact.status === 'planned' && contact.date < today;
  const what = `${purpose.label}, ${when}`;
  const undoLabel = contact.status === 'done' ? 'Undo done' : 'Undo skip';

  function setStatus(status: PlanContact['status'], message: string) {
    setContactStatus(planId, contact.id, status);
    announce(message);
    // The pressed button is replaced by its opposite ("Undo done"); keep the keyboard there.
    requestAnimationFrame(() => statusButton.current?.focus());
  }

  function startMoving() {
    setNewDate(contact.date);
    setMoveError(undefined);
    setMoving(true);
  }

  function stopMoving() {
    setMoving(false);
    setMoveError(undefined);
    // The Move button is back once the form closes; return focus to it.
    requestAnimationFrame(() => moveButton.current?.focus());
  }

  function saveMove(event: Event) {
    event.preventDefault();
    const result = moveContact(planId, contact.id, newDate);
    if (!result.ok) {
      setMoveError(result.message);
      return;
    }
    announce(`Moved “${purpose.label}” to ${formatIsoDateForReading(newDate)}.`);
    stopMoving();
  }

  return (
    <li class={`tp-contact tp-${contact.status}`}>
      <p class="tp-when">
        <time dateTime={contact.date}>{when}</time>
        <span class="tp-channel">{CHANNEL_LABELS[contact.channel].title}</span>
      </p>
      <div class="tp-what">
        <p class="tp-purpose">
          <strong>{purpose.label}</strong>{' '}
          <span class="tp-step">
            Step {purpose.step.number}: {purpose.step.name}
          </span>
        </p>
        <p class="tp-suggestion">{describeSuggestion(contact)}</p>
        <p class="tp-guide no-print">
          Guidance: <a href={withBase(import.meta.env.BASE_URL, purpose.guide.path)}>{purpose.guide.title}</a>
        </p>
      </div>
      <p class="tp-state">
        <span class="tp-box" aria-hidden="true"></span>
        {overdue ? 'Overdue' : STATUS_LABELS[contact.status]}
      </p>
      <div class="tp-actions no-print">
        {contact.status === 'planned' ? (
          <>
            <button
              type="button"
              class="secondary"
              ref={statusButton}
              aria-label={`Done: ${what}`}
              onClick={() => setStatus('done', `Marked “${purpose.label}” on ${when} as done.`)}
            >
              Done
            </button>
            <button
              type="button"
              class="secondary"
              aria-label={`Skip: ${what}`}
              onClick={() => setStatus('skipped', `Skipped “${purpose.label}” on ${when}.`)}
            >
              Skip
            </button>
          </>
        ) : (
          <button
            type="button"
            class="secondary"
            ref={statusButton}
            aria-label={`${undoLabel}: ${what}`}
            onClick={() => setStatus('planned', `“${purpose.label}” on ${when} is to do again.`)}
          >
            {undoLabel}
          </button>
        )}
        {!moving && (
          <button type="button" class="secondary" ref={moveButton} aria-label={`Move: ${what}`} onClick={startMoving}>
            Move
          </button>
        )}
      </div>
      {moving && (
        <form class="tp-move no-print" noValidate onSubmit={saveMove}>
          <FormField id={`${id}-date`} label={`New date for “${purpose.label}”`} error={moveError}>
            {(control) => <input {...control} type="date" value={newDate} ref={dateInput} onInput={(e) => setNewDate(e.currentTarget.value)} />}
          </FormField>
          <div class="button-row">
            <button type="submit">Save date</button>
            <button type="button" class="secondary" onClick={stopMoving}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
