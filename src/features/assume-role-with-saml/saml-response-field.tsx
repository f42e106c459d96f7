import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { DecodedSamlResponse } from '../../lib/decoders/saml.ts';
import type { Result } from '../../lib/result.ts';
import { Field } from '../../components/field.tsx';
import { emptyToUndefined } from '../../components/form/form-values.ts';
import { useFieldErrors } from '../../components/form/use-field-errors.ts';
import { SamlRolePicker } from './saml-role-picker.tsx';
import { SamlSummary } from './saml-summary.tsx';
import { RevealToggle } from '../../components/form/reveal-toggle.tsx';

/** The SAMLResponse paste (masked until revealed), decoded in the browser, with its role picker. */
export function SamlResponseField({
  decoded,
}: {
  decoded: Result<DecodedSamlResponse> | undefined;
}) {
  const [revealed, setRevealed] = useState(false);
  const { register } = useFormContext();
  const errorFor = useFieldErrors('SAMLAssertion');
  const error = errorFor('SAMLAssertion') ?? (decoded?.ok === false ? decoded.error : undefined);
  return (
    <div className="token-field">
      <Field
        label="SAML response"
        required
        error={error}
        hint="The base64 SAMLResponse your identity provider posted to AWS, or its XML. Decoded here, sent as base64."
      >
        {(ids) => (
          <textarea
            {...ids}
            {...register('SAMLAssertion', { setValueAs: emptyToUndefined })}
            rows={5}
            placeholder="PHNhbWxwOlJlc3BvbnNl… or <samlp:Response …>"
            className={`input input--multiline input--code${revealed ? '' : ' input--masked'}`}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
          />
        )}
      </Field>
      <RevealToggle
        what="SAML response"
        revealed={revealed}
        onToggle={() => {
          setRevealed((r) => !r);
        }}
      />
      {decoded?.ok ? (
        <>
          <SamlSummary decoded={decoded.value} />
          <SamlRolePicker
            roles={decoded.value.roles}
            sessionDuration={decoded.value.sessionDurationSeconds}
          />
        </>
      ) : null}
    </div>
  );
}
