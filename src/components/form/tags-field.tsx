import { useFieldArray, useFormContext } from 'react-hook-form';
import { useFieldErrors } from './use-field-errors.ts';

const MAX = 50;

/** Session tags: key/value pairs, at most 50. */
export function TagsField({ name = 'Tags' }: { name?: string }) {
  const { control, register } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const errorFor = useFieldErrors(name);
  const listError = errorFor(name);
  return (
    <fieldset className="list-field">
      <legend className="field__label">Session tags</legend>
      <p className="field__hint">Up to {MAX}; keys are case-insensitive.</p>
      {fields.map((field, index) => {
        const keyName = `${name}.${index}.Key`;
        const valueName = `${name}.${index}.Value`;
        const keyError = errorFor(keyName);
        const valueError = errorFor(valueName);
        return (
          <div key={field.id} className="list-field__row list-field__row--pair">
            <label className="visually-hidden" htmlFor={`${name}-${index}-key`}>
              Tag {index + 1} key
            </label>
            <input
              id={`${name}-${index}-key`}
              className="input"
              placeholder="Key"
              aria-invalid={Boolean(keyError)}
              autoComplete="off"
              spellCheck={false}
              {...register(keyName)}
            />
            <label className="visually-hidden" htmlFor={`${name}-${index}-value`}>
              Tag {index + 1} value
            </label>
            <input
              id={`${name}-${index}-value`}
              className="input"
              placeholder="Value"
              aria-invalid={Boolean(valueError)}
              autoComplete="off"
              spellCheck={false}
              {...register(valueName)}
            />
            <button
              type="button"
              className="button button--small button--ghost"
              aria-label={`Remove tag ${index + 1}`}
              onClick={() => {
                remove(index);
              }}
            >
              Remove
            </button>
            {keyError ? <p className="field__error list-field__error">{keyError}</p> : null}
            {valueError ? <p className="field__error list-field__error">{valueError}</p> : null}
          </div>
        );
      })}
      {listError ? <p className="field__error">{listError}</p> : null}
      <button
        type="button"
        className="button button--small"
        disabled={fields.length >= MAX}
        onClick={() => {
          append({ Key: '', Value: '' });
        }}
      >
        Add tag
      </button>
    </fieldset>
  );
}
