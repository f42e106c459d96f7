import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { decodeJwt } from '../../lib/decoders/jwt.ts';
import { webIdentityRequest } from '../../lib/iam/trust-request-context.ts';
import { TrustPolicyCheck } from '../../components/trust-policy/trust-policy-check.tsx';

const asText = (v: unknown) => (typeof v === 'string' ? v : '');

/** The trust policy check for the AssumeRoleWithWebIdentity request the form would send. */
export function WebIdentityTrustCheck() {
  const { control } = useFormContext();
  const [token, roleArn, sessionName] = useWatch({
    control,
    name: ['WebIdentityToken', 'RoleArn', 'RoleSessionName'],
  }) as unknown[];
  const request = useMemo(() => {
    const decoded = decodeJwt(asText(token));
    if (!decoded.ok) return undefined;
    return webIdentityRequest(decoded.value.claims, asText(roleArn).trim(), {
      roleSessionName: asText(sessionName),
    });
  }, [token, roleArn, sessionName]);
  return (
    <TrustPolicyCheck
      request={request}
      waitingFor="Paste a web identity token above: its iss, aud and sub are what the policy checks."
    />
  );
}
