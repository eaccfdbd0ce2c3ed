/**
 * "Log a referral": the day a client referred someone (and, optionally, who), which adds an
 * acknowledgement and a "tell them how it went" contact to the client's plan.
 */
import { useStore } from '@nanostores/preact';
import { useId, useState } from 'preact/hooks';
import { formatIsoDateForReading } from '../shared/calendar-date';
import { REFERRER_THANKS } from '../shared/playbook-facts';
import { $today } from '../shared/today';
import { logReferral, type ReferralErrors } from './store';
import FormField from '../shared/FormField';

/** Props of {@link ReferralForm}. */
export interface ReferralFormProps {
  planId: string;
  clientName: string;
  /** Says something in the planner's polite live region. */
  announce(message: string): void;
}

/** Logs a referral from the plan's client. */
export default function ReferralForm({ planId, clientName, announce }: ReferralFormProps) {
  const id = useId();
  const today = useStore($today);
  const [date, setDate] = useState<string | undefined>(undefined);
  const [referredName, setReferredName] = useState('');
  const [errors, setErrors] = useState<ReferralErrors>({});
  const shownDate = date ?? today;

  async function submit(event: Event) {
    event.preventDefault();
    const result = await logReferral(planId, { date: shownDate, referredName });
    if (!result.ok) {
      setErrors(result.errors);
      const field = result.errors.date ? 'date' : 'name';
      document.getElementById(`${id}-${field}`)?.focus();
      return;
    }
    setErrors({});
    setReferredName('');
    setDate(undefined);
    const [acknowledge, closeLoop] = result.contacts;
    announce(
      `Referral logged. Thank ${clientName} on ${formatIsoDateForReading(acknowledge!.date)} and tell them how it went on ${formatIsoDateForReading(closeLoop!.date)}.`,
    );
  }

  return (
    <form class="tp-referral no-print" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Log a referral from {clientName}</h3>
      <p class="field-hint">
        Thank them {REFERRER_THANKS.phrase} (the next working day if it came at a weekend), then let them know how it
        went: both contacts are added to this plan.
      </p>
      <div class="tp-referral-fields">
        <FormField id={`${id}-date`} label="Day of the referral" error={errors.date}>
          {(control) => <input {...control} type="date" value={shownDate} onInput={(e) => setDate(e.currentTarget.value)} />}
        </FormField>
        <FormField id={`${id}-name`} label="Who they referred (optional)" error={errors.referredName}>
          {(control) => (
            <input {...control} type="text" autocomplete="off" value={referredName} onInput={(e) => setReferredName(e.currentTarget.value)} />
          )}
        </FormField>
      </div>
      <div class="button-row">
        <button type="submit">Log referral</button>
      </div>
    </form>
  );
}
