import { useFormContext, useWatch } from 'react-hook-form';
import { useFieldErrors } from '../../components/form/use-field-errors.ts';

/** At most this many audiences (model: webIdentityTokenAudienceListType). */
const MAX = 10;

/** The Audience list: one input per audience (1 to 10), each becoming an `aud` value. */
export function AudienceField({ name = 'Audience' }: { name?: string }) {
  const { control, register, setValue, formState } = useFormContext();
  const watched: unknown = useWatch({ control, name });
  const items: unknown[] = Array.isArray(watched) ? watched : [];
  const errorFor = useFieldErrors(name);
  // With item inputs registered, the resolver files the list's own error under `root`.
  const listError = errorFor(`${name}.root`) ?? errorFor(name);
  const replace = (next: unknown[]) => {
    setValue(name, next, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  };
  return (
    <fieldset className="list-field">
      <legend className="field__label">
        Audience<span className="field__required"> (required)</span>
      </legend>
      <p className="field__hint">
        Who the token is for (its <code>aud</code> claim): 1 to {MAX}. {items.length} of at most{' '}
        {MAX}.
      </p>
      {items.map((_, index) => {
        const itemName = `${name}.${String(index)}`;
        const inputId = `${name}-${String(index)}`;
        const error = errorFor(itemName);
        return (
          // The position is the identity: the inputs are bound by index.
          <div key={inputId} className="list-field__row">
            <label htmlFor={inputId} className="visually-hidden">
              Audience {index + 1}
            </label>
            <input
              id={inputId}
              className="input"
              placeholder="e.g. https://api.example.com"
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${inputId}-error` : undefined}
              autoComplete="off"
              spellCheck={false}
              {...register(itemName)}
            />
            <button
              type="button"
              className="button button--small button--ghost"
              aria-label={`Remove audience ${String(index + 1)}`}
              disabled={items.length <= 1}
              onClick={() => {
                replace(items.filter((_item, i) => i !== index));
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
        onClick={() => {
          replace([...items, '']);
        }}
      >
        Add audience
      </button>
    </fieldset>
  );
}
