import { useFormContext, useWatch, type FieldValues } from 'react-hook-form';
import { useState, type ClipboardEvent, type ReactNode } from 'react';
import { lazyModule } from '../lazy-module.ts';
import { useFieldErrors } from './use-field-errors.ts';
import { Field } from '../field.tsx';
import { emptyToUndefined, toOptionalNumber } from './form-values.ts';

/** Cleaning pastes: loaded right after the first screen; a paste before that is cleaned once it arrives. */
const pasteCleaning = lazyModule(() => import('../../lib/sts/paste-cleaning.ts'));
/** "Did you mean arn:…?" speaks only about a typed value: it loads after the first screen. */
const roleArnSuggestion = lazyModule(() => import('./role-arn-suggestion.tsx'));

function RoleArnSuggestion({ name }: { name: string }) {
  const loaded = roleArnSuggestion.useLoaded();
  return loaded ? <loaded.RoleArnSuggestion name={name} /> : null;
}

export interface TextFieldProps {
  name: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  warning?: string | undefined;
  placeholder?: string;
  /** Multi-line input for tokens, policies and assertions. */
  rows?: number;
  /** Parse as a whole number (durations, sizes). */
  numeric?: boolean;
  /** Secret: masked until revealed, never autocompleted or spell-checked. */
  secret?: boolean;
  revealed?: boolean;
  /** Suggestions (datalist) — recent values, demo ARNs. */
  suggestions?: readonly string[];
  /** A role ARN: a bare role name gets the full ARN suggested when the account is known. */
  roleArn?: boolean;
  className?: string;
}

type PasteTarget = HTMLInputElement | HTMLTextAreaElement;

/** True when a paste replaces the whole value (an empty field, or everything selected). */
function replacesWhole(target: PasteTarget): boolean {
  return (
    target.value === '' ||
    (target.selectionStart === 0 && target.selectionEnd === target.value.length)
  );
}

/** A text, number or secret input bound to the surrounding form. */
export function TextField(props: TextFieldProps) {
  const { name, label, required, hint, placeholder, rows, numeric, secret, revealed } = props;
  const { register, setValue, getValues, getFieldState, trigger } = useFormContext();
  const warning = props.warning;
  const errorFor = useFieldErrors(name);
  const [pasteNote, setPasteNote] = useState<string | undefined>();
  const registration = register(name, {
    setValueAs: numeric ? toOptionalNumber : emptyToUndefined,
    onChange: () => {
      setPasteNote(undefined);
    },
  });
  // Spaces, quotes or "Bearer " around a pasted ARN, ID, code or token: removed, and said so.
  const applyPaste = (value: string, note?: string) => {
    setValue(name, value, { shouldDirty: true, shouldTouch: true });
    if (getFieldState(name).error) void trigger(name);
    setPasteNote(note);
  };
  const onPaste = (event: ClipboardEvent<PasteTarget>) => {
    if (!replacesWhole(event.currentTarget)) return;
    const pasted = event.clipboardData.getData('text/plain');
    const cleaning = pasteCleaning.loaded();
    if (cleaning) {
      const cleaned = cleaning.cleanPastedValue(name, pasted);
      if (!cleaned) return;
      event.preventDefault();
      applyPaste(cleaned.value, cleaned.note);
      return;
    }
    // Pasted before the cleaning code arrived: in as it is now, cleaned a moment later if the
    // field still holds just that paste.
    event.preventDefault();
    applyPaste(pasted);
    void pasteCleaning.load().then(
      ({ cleanPastedValue }) => {
        const cleaned = cleanPastedValue(name, pasted);
        if (cleaned && getValues(name) === pasted) applyPaste(cleaned.value, cleaned.note);
      },
      () => undefined,
    );
  };
  const listId = props.suggestions?.length ? `${name}-suggestions` : undefined;
  const masked = secret && !revealed;
  return (
    <Field
      label={label}
      required={required}
      error={errorFor(name)}
      warning={warning}
      hint={hint}
      note={pasteNote}
      extra={props.roleArn ? <RoleArnSuggestion name={name} /> : undefined}
    >
      {(ids) =>
        rows ? (
          <textarea
            {...ids}
            {...registration}
            onPaste={onPaste}
            rows={rows}
            placeholder={placeholder}
            className={`input input--multiline${masked ? ' input--masked' : ''} ${props.className ?? ''}`}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
          />
        ) : (
          <>
            <input
              {...ids}
              {...registration}
              onPaste={onPaste}
              type="text"
              inputMode={numeric ? 'numeric' : undefined}
              placeholder={placeholder}
              className={`input${masked ? ' input--masked' : ''} ${props.className ?? ''}`}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              list={listId}
            />
            {listId ? (
              <datalist id={listId}>
                {props.suggestions?.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            ) : null}
          </>
        )
      }
    </Field>
  );
}

/** Works a field's warning out from the whole form's values. */
export type WarningFor = (values: FieldValues) => string | undefined;

/**
 * A TextField whose warning depends on the whole form (e.g. a duration over the role's limit): it
 * alone re-renders as the form changes, instead of the form's whole field list watching every
 * value for it. Without `warningFor` it watches nothing. It is the same component either way, so
 * rules that arrive late (they load after the first screen) never remount the focused input.
 */
export function WatchedTextField({
  warningFor,
  ...props
}: TextFieldProps & { warningFor?: WarningFor | undefined }) {
  const { control } = useFormContext();
  const values = useWatch({ control, disabled: warningFor === undefined });
  return <TextField {...props} warning={props.warning ?? warningFor?.(values)} />;
}
