import { useFormContext } from 'react-hook-form';
import { signingAlgorithms } from '../../lib/sts/schemas/get-web-identity-token-schema.ts';
import { Field } from '../../components/field.tsx';
import { TagsField } from '../../components/form/tags-field.tsx';
import { DurationField } from '../../components/form/common-fields.tsx';
import { useFieldErrors } from '../../components/form/use-field-errors.ts';
import { AudienceField } from './audience-field.tsx';
import '../inspect-ops.css';

function SigningAlgorithmField() {
  const { register } = useFormContext();
  const errorAt = useFieldErrors('SigningAlgorithm');
  return (
    <Field
      label="Signing algorithm"
      required
      error={errorAt('SigningAlgorithm')}
      hint="RS256 (RSA) or ES384 (ECDSA P-384): pick what the receiving service verifies."
    >
      {(ids) => (
        <select {...ids} className="input" {...register('SigningAlgorithm')}>
          {signingAlgorithms.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function WebIdentityTokenFields() {
  return (
    <>
      <AudienceField />
      <SigningAlgorithmField />
      <DurationField operation="GetWebIdentityToken" hint="60 to 3,600. Default 300 (5 minutes)." />
      <TagsField />
    </>
  );
}
