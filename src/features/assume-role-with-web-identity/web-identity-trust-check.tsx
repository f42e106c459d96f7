import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { decodeJwt } from '../../lib/decoders/jwt.ts';
import { ownString } from '../../lib/decoders/json-object.ts';
import { issuerPreset } from '../../lib/iam/issuer-presets.ts';
import { webIdentityRequest } from '../../lib/iam/trust-request-context.ts';
import { IssuerPresetNote } from '../../components/trust-policy/issuer-preset-note.tsx';
import { TrustPolicyCheck } from '../../components/trust-policy/trust-policy-check.tsx';

const asText = (v: unknown) => (typeof v === 'string' ? v : '');

/** The trust policy check for the AssumeRoleWithWebIdentity request the form would send. */
export function WebIdentityTrustCheck() {
  const { control } = useFormContext();
  const [token, roleArn, sessionName] = useWatch({
    control,
    name: ['WebIdentityToken', 'RoleArn', 'RoleSessionName'],
  }) as unknown[];
  const claims = useMemo(() => {
    const decoded = decodeJwt(asText(token));
    return decoded.ok ? decoded.value.claims : undefined;
  }, [token]);
  const request = useMemo(
    () =>
      claims === undefined
        ? undefined
        : webIdentityRequest(claims, asText(roleArn).trim(), {
            roleSessionName: asText(sessionName),
          }),
    [claims, roleArn, sessionName],
  );
  const preset =
    claims === undefined
      ? undefined
      : issuerPreset(ownString(claims, 'iss') ?? '', ownString(claims, 'sub') ?? '');
  return (
    <TrustPolicyCheck
      request={request}
      intro={preset === undefined ? undefined : <IssuerPresetNote preset={preset} />}
      waitingFor="Paste a web identity token above: its iss, aud and sub are what the policy checks."
    />
  );
}
