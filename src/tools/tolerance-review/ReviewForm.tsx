/**
 * The form for one client's review: name, date, how each touchpoint went, pressures and relationship
 * strength, with the live verdict. Saving checks it in the store; messages appear next to their fields.
 */
import { useStore } from '@nanostores/preact';
import type { RefObject } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import {
  CONTACT_OUTCOME_CHOICES,
  PRICE_SENSITIVITIES,
  PRICE_SENSITIVITY_LABELS,
  RELATIONSHIP_STRENGTHS,
  RELATIONSHIP_STRENGTH_LABELS,
  TOLERANCE_STATUS_LABELS,
  TOUCHPOINTS,
} from './model';
import ClientNameField from '../shared/ClientNameField';
import FormField, { joinIds } from '../shared/FormField';
import { $clients } from '../shared/clients';
import { watchWrites } from '../shared/saved-store';
import { $today } from '../shared/today';
import {
  $draft,
  $draftErrors,
  $draftScoredStrength,
  $draftVerdict,
  clearDraft,
  saveDraft,
  setDraftContact,
  updateDraft,
} from './store';
import VerdictPanel from './VerdictPanel';

/** Props of {@link ReviewForm}. */
export interface ReviewFormProps {
  /** False during the static build and the first render in the browser: nothing from this device is shown. */
  hydrated: boolean;
  /** The client name field, so "Review again" in the list can bring the user here. */
  nameRef: RefObject<HTMLInputElement>;
}

/** Reviews one client. */
export default function ReviewForm({ hydrated, nameRef }: ReviewFormProps) {
  const id = useId();
  const draft = useStore($draft);
  const errors = useStore($draftErrors);
  const clients = useStore($clients);
  const scored = useStore($draftScoredStrength);
  const verdict = useStore($draftVerdict);
  const today = useStore($today);
  const [status, setStatus] = useState('');
  const dateRef = useRef<HTMLInputElement>(null);
  const strengthRef = useRef<HTMLInputElement>(null);

  function save(event: Event) {
    event.preventDefault();
    const { value: result, failure } = watchWrites(() => saveDraft($today.get()));
    if (result.ok && failure) {
      setStatus(`The review of ${result.clientName} is in the list below but not saved: the browser refused to store it (see the message above).`);
      return;
    }
    if (result.ok) {
      const label = TOLERANCE_STATUS_LABELS[result.status];
      setStatus(`${result.replaced ? 'Updated' : 'Saved'} the review of ${result.clientName}: ${label}.`);
      return;
    }
    setStatus('');
    const first = result.errors.clientName ? nameRef : result.errors.reviewedOn ? dateRef : strengthRef;
    first.current?.focus();
  }


  return (
    <form class="tr-form" onSubmit={save} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Review a client</h2>

      <ClientNameField
        id={`${id}-name`}
        hint="Clients you have named in the other tools are suggested as you type."
        error={errors.clientName}
        clients={hydrated ? clients : []}
        value={draft.clientName}
        onValue={(clientName) => updateDraft({ clientName })}
        inputRef={nameRef}
      />

      <FormField id={`${id}-date`} label="Date of the review" error={errors.reviewedOn}>
        {(control) => (
          <input
            {...control}
            ref={dateRef}
            type="date"
            max={hydrated ? today : undefined}
            value={draft.reviewedOn}
            onInput={(e) => updateDraft({ reviewedOn: e.currentTarget.value })}
          />
        )}
      </FormField>

      <fieldset>
        <legend>Where the last contact landed</legend>
        <p class="field-hint">
          Place the last contact at each touchpoint against this client’s own standards: the least they accept and what
          they hope for. Leave a touchpoint at “No contact” if nothing happened there in the last few weeks.
        </p>
        {TOUCHPOINTS.map((touchpoint) => (
          <fieldset key={touchpoint.id} class="tr-choice-group">
            <legend>{touchpoint.label}</legend>
            <div class="tr-choices">
              {CONTACT_OUTCOME_CHOICES.map((choice) => (
                <label key={choice.id}>
                  <input
                    type="radio"
                    name={`${id}-${touchpoint.id}`}
                    value={choice.id}
                    checked={draft.contacts[touchpoint.id] === choice.id}
                    onChange={() => setDraftContact(touchpoint.id, choice.id)}
                  />{' '}
                  {choice.label}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </fieldset>

      <fieldset>
        <legend>Pressures on the relationship</legend>
        <fieldset class="tr-choice-group">
          <legend>Price sensitivity</legend>
          <div class="tr-choices">
            {PRICE_SENSITIVITIES.map((level) => (
              <label key={level}>
                <input
                  type="radio"
                  name={`${id}-price`}
                  value={level}
                  checked={draft.priceSensitivity === level}
                  onChange={() => updateDraft({ priceSensitivity: level })}
                />{' '}
                {PRICE_SENSITIVITY_LABELS[level]}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="tr-checks">
          <label>
            <input type="checkbox" checked={draft.contactChange} onChange={(e) => updateDraft({ contactChange: e.currentTarget.checked })} /> A change of
            contact on your side
          </label>
          <label>
            <input type="checkbox" checked={draft.newStaff} onChange={(e) => updateDraft({ newStaff: e.currentTarget.checked })} /> New staff on their
            account
          </label>
          <label>
            <input type="checkbox" checked={draft.recentFailure} onChange={(e) => updateDraft({ recentFailure: e.currentTarget.checked })} /> A recent
            failure
          </label>
        </div>
      </fieldset>

      {hydrated && scored ? (
        <div class="field">
          <span class="field-label">Relationship strength</span>
          <p class="tr-scored">
            {RELATIONSHIP_STRENGTH_LABELS[scored.strength]}, from the loyalty score of {scored.score} saved on{' '}
            <time dateTime={scored.savedOn}>{scored.savedOn}</time>.
          </p>
        </div>
      ) : (
        <fieldset class="tr-choice-group" aria-describedby={joinIds(`${id}-strength-hint`, errors.strength && `${id}-strength-error`)}>
          <legend>Relationship strength</legend>
          <p class="field-hint" id={`${id}-strength-hint`}>
            No loyalty score is saved for this client, so judge it yourself: how much goodwill is there to draw on?
          </p>
          <div class="tr-choices">
            {RELATIONSHIP_STRENGTHS.map((strength, index) => (
              <label key={strength}>
                <input
                  ref={index === 0 ? strengthRef : undefined}
                  type="radio"
                  name={`${id}-strength`}
                  value={strength}
                  checked={draft.strength === strength}
                  onChange={() => updateDraft({ strength })}
                  aria-invalid={errors.strength ? 'true' : undefined}
                />{' '}
                {RELATIONSHIP_STRENGTH_LABELS[strength]}
              </label>
            ))}
          </div>
          {errors.strength && (
            <p class="field-error" id={`${id}-strength-error`}>
              {errors.strength}
            </p>
          )}
        </fieldset>
      )}

      <VerdictPanel verdict={verdict} />

      <div class="button-row">
        <button type="submit">Save review</button>
        <button type="button" class="secondary" onClick={() => (clearDraft(), setStatus(''))}>
          Clear the form
        </button>
      </div>
      <p role="status" class="tr-form-status">
        {status}
      </p>
    </form>
  );
}
