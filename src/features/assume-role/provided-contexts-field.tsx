import { useFieldArray, useFormContext } from 'react-hook-form';
import { useFieldErrors } from '../../components/form/use-field-errors.ts';
import { emptyToUndefined } from '../../components/form/form-values.ts';

const MAX = 5;

/** ProvidedContexts: up to five context assertions (e.g. from IAM Identity Center trusted identity propagation). */
export function ProvidedContextsField() {
  const name = 'ProvidedContexts';
  const { control, register } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const errorFor = useFieldErrors(name);
  const listError = errorFor(name);
  return (
    <fieldset className="list-field">
      <legend className="field__label">Provided contexts</legend>
      <p className="field__hint">
        A context provider ARN and the signed context assertion it issued (at most {MAX}).
      </p>
      {fields.map((item, index) => {
        const arnName = `${name}.${index}.ProviderArn`;
        const assertionName = `${name}.${index}.ContextAssertion`;
        const arnError = errorFor(arnName);
        const assertionError = errorFor(assertionName);
        const arnId = `${name}-${index}-arn`;
        const assertionId = `${name}-${index}-assertion`;
        return (
          <div key={item.id} className="list-field__row list-field__row--pair">
            <label className="visually-hidden" htmlFor={arnId}>
              Context provider ARN {index + 1}
            </label>
            <input
              id={arnId}
              className="input"
              placeholder="e.g. arn:aws:iam::aws:contextProvider/IdentityCenter"
              aria-invalid={Boolean(arnError)}
              autoComplete="off"
              spellCheck={false}
              {...register(arnName, { setValueAs: emptyToUndefined })}
            />
            <label className="visually-hidden" htmlFor={assertionId}>
              Context assertion {index + 1}
            </label>
            <input
              id={assertionId}
              type="text"
              className="input input--masked"
              placeholder="Context assertion"
              aria-invalid={Boolean(assertionError)}
              autoComplete="off"
              spellCheck={false}
              {...register(assertionName, { setValueAs: emptyToUndefined })}
            />
            <button
              type="button"
              className="button button--small button--ghost"
              aria-label={`Remove provided context ${index + 1}`}
              onClick={() => {
                remove(index);
              }}
            >
              Remove
            </button>
            {arnError ? <p className="field__error list-field__error">{arnError}</p> : null}
            {assertionError ? (
              <p className="field__error list-field__error">{assertionError}</p>
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
          append({ ProviderArn: '', ContextAssertion: '' });
        }}
      >
        Add provided context
      </button>
    </fieldset>
  );
}
