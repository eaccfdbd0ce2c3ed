/**
 * The form that makes a plan: client (offered from the shared client list), start date, number of
 * contacts and channels. Every refused field gets its message beside it; nothing changes until all pass.
 * It reads no store itself: the island passes in what the engine knows once it is loaded.
 */
import { useId, useRef, useState } from 'preact/hooks';
import { CLIENT_NAME_MAX_CHARS, isSameClientName } from '../shared/client-name';
import { formatIsoDateForReading, isIsoDate } from '../shared/calendar-date';
import { NEW_CLIENT_CONTACTS } from '../shared/playbook-facts';
import { CHANNEL_LABELS, CHANNELS, DEFAULT_CONTACTS, MAX_CONTACTS, MIN_CONTACTS } from './contacts';
import type { Channel } from './schema';
import type { PlanRequestErrors, PlanRequestInput } from './model';
import type { Client } from '../shared/clients';
import ClientNameField from '../shared/ClientNameField';
import FormField from '../shared/FormField';
import type { MakePlanResult, PlanSummary } from './store';

/** Props of {@link PlanForm}. */
export interface PlanFormProps {
  /** False until the island has hydrated: no "today" before then (it would be the build day). */
  hydrated: boolean;
  /** Today's date. */
  today: string;
  /** Known clients, offered as the name is typed. */
  clients: readonly Client[];
  /** The plans there are, to warn before one is replaced. */
  summaries: readonly PlanSummary[];
  /** Makes the plan (through the engine). */
  makePlan(input: PlanRequestInput): Promise<MakePlanResult>;
  /** Called after a plan was made. */
  onMade(result: Extract<MakePlanResult, { ok: true }>): void;
  /** Called when the user starts filling in the form (the island fetches the plan view then). */
  onStart(): void;
}

const FIELD_ORDER: (keyof PlanRequestErrors)[] = ['clientName', 'startDate', 'contactCount', 'channels'];

/** Makes a new plan, or a fresh one for a client who has one. */
export default function PlanForm({ hydrated, today, clients, summaries, makePlan, onMade, onStart }: PlanFormProps) {
  const id = useId();
  const [clientName, setClientName] = useState('');
  const [startDate, setStartDate] = useState<string | undefined>(undefined);
  const [contactCount, setContactCount] = useState(String(DEFAULT_CONTACTS));
  const [channels, setChannels] = useState<Channel[]>([...CHANNELS]);
  const [errors, setErrors] = useState<PlanRequestErrors>({});
  const formRef = useRef<HTMLFormElement>(null);

  // The start date follows today until the user picks one; before hydration it is left empty.
  const shownStartDate = startDate ?? (hydrated ? today : '');
  // A past start is allowed (a client who signed last week) but flagged: its early contacts start overdue.
  const isPastStart = hydrated && isIsoDate(shownStartDate) && shownStartDate < today;
  const existing = summaries.find((summary) => isSameClientName(summary.clientName, clientName));

  async function submit(event: Event) {
    event.preventDefault();
    const result = await makePlan({ clientName, startDate: shownStartDate, contactCount, channels });
    if (!result.ok) {
      setErrors(result.errors);
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    setClientName('');
    onMade(result);
  }

  function toggleChannel(channel: Channel, on: boolean) {
    setChannels((current) => CHANNELS.filter((c) => (c === channel ? on : current.includes(c))));
  }

  const described = (field: keyof PlanRequestErrors) => (errors[field] ? `${id}-${field}-error` : undefined);

  return (
    <form
      class="tp-form no-print"
      noValidate
      onSubmit={submit}
      onFocusIn={onStart}
      ref={formRef}
      aria-labelledby={`${id}-title`}
    >
      <fieldset>
        <legend id={`${id}-title`}>Plan a new client’s first {NEW_CLIENT_CONTACTS.windowDays} days</legend>

        <ClientNameField
          id={`${id}-name`}
          hint={`Up to ${CLIENT_NAME_MAX_CHARS} characters. Clients you named in other tools are offered as you type.`}
          error={errors.clientName}
          clients={clients}
          value={clientName}
          onValue={setClientName}
          field="clientName"
        >
          {existing && (
            <p class="field-hint" role="status">
              {existing.clientName} already has a plan. Making a new one replaces it; you can undo that.
            </p>
          )}
        </ClientNameField>

        <FormField
          id={`${id}-start`}
          label="Start date"
          hint="The day they became your client. Contacts fall on working days, Monday to Friday."
          error={errors.startDate}
        >
          {(control) => (
            <>
              <input {...control} data-field="startDate" type="date" value={shownStartDate} onInput={(e) => setStartDate(e.currentTarget.value)} />
              {isPastStart && (
                <div class="notice notice-warning tp-past-start" role="status">
                  <p>
                    {formatIsoDateForReading(shownStartDate)} is in the past: contacts due before today will show as overdue
                    from the start.
                  </p>
                  <p>
                    <button type="button" class="secondary" onClick={() => setStartDate(today)}>
                      Start today instead
                    </button>
                  </p>
                </div>
              )}
            </>
          )}
        </FormField>

        <FormField id={`${id}-count`} label="Number of contacts" hint={`From ${MIN_CONTACTS} to ${MAX_CONTACTS} over the ${NEW_CLIENT_CONTACTS.windowDays} days.`} error={errors.contactCount}>
          {(control) => (
            <input
              {...control}
              data-field="contactCount"
              type="text"
              inputMode="numeric"
              autocomplete="off"
              value={contactCount}
              onInput={(e) => setContactCount(e.currentTarget.value)}
            />
          )}
        </FormField>

        <fieldset class="tp-channels" aria-describedby={described('channels')}>
          <legend>Ways you like to get in touch</legend>
          {CHANNELS.map((channel, index) => (
            <label key={channel} class="tp-check">
              <input
                type="checkbox"
                data-field={index === 0 ? 'channels' : undefined}
                checked={channels.includes(channel)}
                onChange={(e) => toggleChannel(channel, e.currentTarget.checked)}
              />{' '}
              {CHANNEL_LABELS[channel].title}
            </label>
          ))}
          {errors.channels && (
            <p class="field-error" id={`${id}-channels-error`}>
              {errors.channels}
            </p>
          )}
        </fieldset>

        <div class="button-row">
          <button type="submit">Make plan</button>
        </div>
      </fieldset>
    </form>
  );
}
