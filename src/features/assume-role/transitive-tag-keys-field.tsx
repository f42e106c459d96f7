import { useController, useFormContext, useWatch } from 'react-hook-form';
import { useFieldErrors } from '../../components/form/use-field-errors.ts';
import { distinctTagKeys } from './assume-role-values.ts';

function selectedKeys(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Checkboxes over the session tags' keys; a checked key that is no longer a tag stays visible with its error. */
export function TransitiveTagKeysField() {
  const { control } = useFormContext();
  const tags: unknown = useWatch({ control, name: 'Tags' });
  const { field } = useController({ control, name: 'TransitiveTagKeys' });
  const selected = selectedKeys(field.value);
  const tagKeys = distinctTagKeys(tags);
  const stale = selected.filter((k) => !tagKeys.includes(k));
  const options = [...tagKeys, ...stale];
  const errorFor = useFieldErrors('TransitiveTagKeys');
  const listError = errorFor('TransitiveTagKeys');
  const toggle = (key: string, checked: boolean) => {
    const next = checked ? [...selected, key] : selected.filter((k) => k !== key);
    field.onChange(next.length > 0 ? next : undefined);
  };
  return (
    <fieldset className="list-field" aria-describedby="transitive-tag-keys-hint">
      <legend className="field__label">Transitive tag keys</legend>
      <p id="transitive-tag-keys-hint" className="field__hint">
        Tags that stay on the session when it chains into another role. Add session tags first, then
        tick their keys here.
      </p>
      {options.length === 0 ? <p className="field__hint">No session tags yet.</p> : null}
      {options.map((key) => {
        const index = selected.indexOf(key);
        const error = index >= 0 ? errorFor(`TransitiveTagKeys.${index}`) : undefined;
        return (
          <div key={key} className="credential-ops__check">
            <label className="check">
              <input
                type="checkbox"
                checked={index >= 0}
                aria-invalid={Boolean(error)}
                onChange={(e) => {
                  toggle(key, e.target.checked);
                }}
              />{' '}
              Transitive: <code>{key}</code>
              {stale.includes(key) ? <span className="kv__note"> (not a session tag)</span> : null}
            </label>
            {error ? <p className="field__error">{error}</p> : null}
          </div>
        );
      })}
      {listError ? <p className="field__error">{listError}</p> : null}
    </fieldset>
  );
}
