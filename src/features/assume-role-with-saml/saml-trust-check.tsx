import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { decodeSamlResponse } from '../../lib/decoders/saml.ts';
import { samlRequest } from '../../lib/iam/trust-request-context.ts';
import { TrustPolicyCheck } from '../../components/trust-policy/trust-policy-check.tsx';

const asText = (v: unknown) => (typeof v === 'string' ? v : '');

/** The trust policy check for the AssumeRoleWithSAML request the form would send. */
export function SamlTrustCheck() {
  const { control } = useFormContext();
  const [paste, principalArn] = useWatch({
    control,
    name: ['SAMLAssertion', 'PrincipalArn'],
  }) as unknown[];
  const request = useMemo(() => {
    const text = asText(paste);
    if (text.trim() === '' || asText(principalArn).trim() === '') return undefined;
    const decoded = decodeSamlResponse(text);
    return decoded.ok ? samlRequest(decoded.value, asText(principalArn)) : undefined;
  }, [paste, principalArn]);
  return (
    <TrustPolicyCheck
      request={request}
      waitingFor="Paste a SAML response and give the principal ARN (the SAML provider) above."
    />
  );
}
