/**
 * One 0–10 rating: a text field read as a number (the accessible control; see `shared/number-text.ts`) with its hint, a slider beside it for
 * pointer users, and the field's error message when what was typed is not a valid rating.
 */
import { RATING_MAX, RATING_MIN } from './model';
import { type InputDefinition } from './form';
import type { FieldCheck } from './draft-store';

/** Props of {@link RatingField}. */
export interface RatingFieldProps {
  input: InputDefinition;
  /** Prefix that keeps ids unique when the tool appears twice. */
  idPrefix: string;
  /** What the field shows. */
  text: string;
  /** The last valid rating, which the slider shows; undefined while the input is not rated. */
  value: number | undefined;
  check: FieldCheck;
  onText(text: string, isBadInput: boolean): void;
}

/** A labelled rating field with hint, slider and error. */
export default function RatingField({ input, idPrefix, text, value, check, onText }: RatingFieldProps) {
  const fieldId = `${idPrefix}-${input.id}`;
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  return (
    <div class="field rating-field">
      <label for={fieldId}>{input.label}</label>
      <span class="field-hint" id={hintId}>
        {input.hint}
      </span>
      <div class="rating-controls">
        <input
          type="text"
          id={fieldId}
          inputMode="decimal"
          autocomplete="off"
          value={text}
          aria-invalid={check.ok ? undefined : 'true'}
          aria-describedby={check.ok ? hintId : `${errorId} ${hintId}`}
          onInput={(event) => onText(event.currentTarget.value, event.currentTarget.validity?.badInput ?? false)}
        />
        {/* A second way in for mouse and touch; hidden from assistive technology, which has the field. */}
        <input
          type="range"
          class="rating-slider no-print"
          min={RATING_MIN}
          max={RATING_MAX}
          value={value}
          data-unrated={value === undefined ? '' : undefined}
          tabIndex={-1}
          aria-hidden="true"
          onInput={(event) => onText(event.currentTarget.value, false)}
        />
      </div>
      {!check.ok && (
        <p class="field-error" id={errorId}>
          {check.message}
        </p>
      )}
    </div>
  );
}
