import { useEffect } from 'react';
import {
  useFormContext,
  useWatch,
  type FieldValues,
  type UseFormGetValues,
  type UseFormSetValue,
} from 'react-hook-form';
import type { SamlRolePair } from '../../lib/decoders/saml.ts';
import {
  defaultDurationFrom,
  pickedPairIndex,
  preselectedPair,
  rolePairValues,
} from './saml-form-values.ts';

export interface SamlRolePickerProps {
  roles: readonly SamlRolePair[];
  sessionDuration: number | undefined;
}

/** Fills Role ARN and Principal ARN from a pair, and the duration from SessionDuration if unset. */
function pickPair(
  pair: SamlRolePair,
  sessionDuration: number | undefined,
  setValue: UseFormSetValue<FieldValues>,
  getValues: UseFormGetValues<FieldValues>,
): void {
  const values = rolePairValues(pair);
  const options = { shouldValidate: true, shouldDirty: true };
  setValue('RoleArn', values.RoleArn, options);
  setValue('PrincipalArn', values.PrincipalArn, options);
  const proposed = defaultDurationFrom(sessionDuration);
  if (proposed !== undefined && getValues('DurationSeconds') === undefined) {
    setValue('DurationSeconds', proposed, options);
  }
}

/** The assertion's role/provider pairs: picking one fills Role ARN and Principal ARN. */
export function SamlRolePicker({ roles, sessionDuration }: SamlRolePickerProps) {
  const { control, setValue, getValues } = useFormContext();
  const roleArn: unknown = useWatch({ control, name: 'RoleArn' });
  const principalArn: unknown = useWatch({ control, name: 'PrincipalArn' });
  const picked = pickedPairIndex(roles, roleArn, principalArn);
  const only = preselectedPair(roles, roleArn, principalArn);
  useEffect(() => {
    // One role in the assertion: there is nothing to choose, so it is chosen.
    if (only) pickPair(only, sessionDuration, setValue, getValues);
  }, [only, sessionDuration, setValue, getValues]);
  if (roles.length === 0) return null;
  return (
    <fieldset className="list-field credential-ops__roles">
      <legend className="field__label">Roles in the assertion</legend>
      <p className="field__hint">Pick the role to assume; it fills Role ARN and Principal ARN.</p>
      {roles.map((pair, index) => (
        <label key={`${pair.roleArn},${pair.providerArn}`} className="check credential-ops__role">
          <input
            type="radio"
            name="saml-role-pair"
            checked={picked === index}
            onChange={() => {
              pickPair(pair, sessionDuration, setValue, getValues);
            }}
          />{' '}
          <span>
            <code>{pair.roleArn}</code>
            <br />
            <span className="kv__note">via {pair.providerArn}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
