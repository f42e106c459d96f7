import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Field } from '../../components/field.tsx';
import { useFieldErrors } from '../../components/form/use-field-errors.ts';
import { extractionFor } from './authorization-display.ts';

/**
 * The encoded message, or a whole AccessDenied error text: the message is taken out of the text
 * as soon as it is pasted, so the field always shows exactly what will be sent.
 */
export function EncodedMessageField() {
  const { register, setValue, control, formState } = useFormContext();
  const errorFor = useFieldErrors('EncodedMessage');
  const [note, setNote] = useState<string | undefined>();
  const value: unknown = useWatch({ control, name: 'EncodedMessage' });
  const text = typeof value === 'string' ? value : '';
  const current = extractionFor(text);
  const tidy = (raw: string) => {
    const extraction = extractionFor(raw);
    if (extraction.kind !== 'replace') return;
    setValue('EncodedMessage', extraction.message, {
      shouldDirty: true,
      shouldValidate: formState.isSubmitted,
    });
    setNote(
      extraction.fromErrorText
        ? `Took the encoded message (${extraction.message.length.toLocaleString('en-US')} characters) out of the pasted error text; only the message is sent.`
        : undefined,
    );
  };
  const registration = register('EncodedMessage', {
    onChange: (event: { target: { value: string } }) => {
      // Only a whole error text (it names the marker) is rewritten while typing.
      if (/encoded authorization failure message:/i.test(event.target.value)) {
        tidy(event.target.value);
      } else if (event.target.value.trim() === '') {
        setNote(undefined);
      }
    },
    onBlur: (event: { target: { value: string } }) => {
      tidy(event.target.value);
    },
  });
  return (
    <Field
      label="Encoded message"
      required
      error={errorFor('EncodedMessage')}
      warning={current.kind === 'not-found' ? current.error : undefined}
      hint={
        note ?? (
          <>
            Paste the message, or the whole error text: the message after{' '}
            <q>Encoded authorization failure message:</q> is found for you.
          </>
        )
      }
    >
      {(ids) => (
        <textarea
          {...ids}
          {...registration}
          rows={5}
          className="input input--multiline input--code"
          placeholder="Encoded authorization failure message, or the whole AccessDenied error"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
        />
      )}
    </Field>
  );
}
