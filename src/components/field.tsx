import { useId, type ReactNode } from 'react';

export interface FieldProps {
  label: string;
  /** Blocking: the call is not sent while a field has one. */
  error?: string | undefined;
  /** Non-blocking: worth a look before sending. */
  warning?: string | undefined;
  hint?: ReactNode;
  /** What the console did to the value (e.g. removed spaces around a paste), said once. */
  note?: string | undefined;
  /** Below the messages: a suggestion with its button. */
  extra?: ReactNode;
  required?: boolean;
  /** Renders the control with the ids it must carry. */
  children: (control: {
    id: string;
    'aria-describedby': string | undefined;
    'aria-invalid': boolean;
    'aria-required': boolean | undefined;
  }) => ReactNode;
}

/** A labelled control with its error, warning and hint, wired for screen readers. */
export function Field({
  label,
  error,
  warning,
  hint,
  note,
  extra,
  required,
  children,
}: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const hintId = `${id}-hint`;
  const describedBy =
    [error ? errorId : '', warning ? warningId : '', hint ? hintId : '']
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <div className="field__label-row">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        {required ? (
          <span className="field__required" aria-hidden="true">
            required
          </span>
        ) : null}
      </div>
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': Boolean(error),
        'aria-required': required,
      })}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      {warning ? (
        <p id={warningId} className="field__warning">
          {warning}
        </p>
      ) : null}
      {note ? (
        <p className="field__note" role="status">
          {note}
        </p>
      ) : null}
      {extra}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
