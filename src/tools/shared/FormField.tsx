/**
 * A form field with its label, optional hint and error message, wired for screen readers: the control is
 * described by the hint and, while there is one, the error, and marked invalid with it. The one way tools
 * lay out a labelled input (styles: `.field`, `.field-hint`, `.field-error` in global.css).
 */
import type { ComponentChildren } from 'preact';

/** What the control inside a {@link FormField} must carry. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

/** Props of {@link FormField}. */
export interface FormFieldProps {
  /** The control's id; the hint and error take `<id>-hint` and `<id>-error`. */
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  /** The message shown while the value is refused; undefined when it is fine. */
  error?: string | undefined;
  /** Extra ids that describe the control (for example a shared note). */
  describedBy?: string | undefined;
  /** Renders the control with the ids and states it needs. */
  children: (control: FieldControlProps) => ComponentChildren;
  class?: string;
}

/**
 * Joins the ids that describe a control, leaving out the missing ones.
 * @param ids ids, or falsy values for parts not shown
 */
export function joinIds(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

/** Renders a labelled control with its hint and error. */
export default function FormField({ id, label, hint, error, describedBy, children, class: className }: FormFieldProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div class={className ? `field ${className}` : 'field'}>
      <label for={id}>{label}</label>
      {hint !== undefined && (
        <span class="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      {children({ id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': joinIds(hintId, describedBy, errorId) })}
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
