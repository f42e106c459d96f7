import { useFieldArray, useFormContext } from 'react-hook-form';
import { useFieldErrors } from './use-field-errors.ts';
import { emptyToUndefined } from './form-values.ts';

const MAX = 10;

/** Up to 10 managed policy ARNs that scope the session down. */
export function PolicyArnsField({ name = 'PolicyArns' }: { name?: string }) {
  const { control, register } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const errorFor = useFieldErrors(name);
  const listError = errorFor(name);
  return (
    <fieldset className="list-field">
      <legend className="field__label">Policy ARNs</legend>
      <p className="field__hint">Managed policies that limit the session (at most {MAX}).</p>
      {fields.map((field, index) => {
        const itemName = `${name}.${index}.arn`;
        const error = errorFor(itemName);
        const inputId = `${name}-${index}`;
        return (
          <div key={field.id} className="list-field__row">
            <label htmlFor={inputId} className="visually-hidden">
              Policy ARN {index + 1}
            </label>
            <input
              id={inputId}
              className="input"
              placeholder="arn:aws:iam::aws:policy/ReadOnlyAccess"
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${inputId}-error` : undefined}
              autoComplete="off"
              spellCheck={false}
              {...register(itemName, { setValueAs: emptyToUndefined })}
            />
            <button
              type="button"
              className="button button--small button--ghost"
              aria-label={`Remove policy ARN ${index + 1}`}
              onClick={() => {
                remove(index);
              }}
            >
              Remove
            </button>
            {error ? (
              <p id={`${inputId}-error`} className="field__error list-field__error">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      {listError ? <p className="field__error">{listError}</p> : null}
      <button
        type="button"
        className="button button--small"
        disabled={fields.length >= MAX}
        onClick={() => {
          append({ arn: '' });
        }}
      >
        Add policy ARN
      </button>
    </fieldset>
  );
}
