import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { assumeRoleRequest, type RequestKeyInput } from '../../lib/iam/trust-request-context.ts';
import { useUsableSigner } from '../../state/signer.ts';
import { TrustPolicyCheck } from '../../components/trust-policy/trust-policy-check.tsx';

const asText = (v: unknown) => (typeof v === 'string' ? v : '');

function tagList(value: unknown): { key: string; value: string }[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).flatMap((t) =>
    typeof t === 'object' && t !== null
      ? [
          {
            key: asText((t as Record<string, unknown>)['Key']),
            value: asText((t as Record<string, unknown>)['Value']),
          },
        ]
      : [],
  );
}

const FIELDS = [
  'RoleSessionName',
  'ExternalId',
  'SourceIdentity',
  'SerialNumber',
  'TokenCode',
  'Tags',
  'TransitiveTagKeys',
] as const;

/** The trust policy check for the AssumeRole request the form would send, signed by the signer. */
export function AssumeRoleTrustCheck() {
  const { control } = useFormContext();
  const watched = useWatch({ control, name: [...FIELDS] }) as unknown[];
  const signer = useUsableSigner();
  const arn = signer?.identity?.arn;
  const longTerm = signer?.credentials.sessionToken === undefined;
  const request = useMemo(() => {
    if (arn === undefined) return undefined;
    const [sessionName, externalId, sourceIdentity, serial, code, tags, transitive] = watched;
    const keys: RequestKeyInput = {
      roleSessionName: asText(sessionName),
      externalId: asText(externalId),
      sourceIdentity: asText(sourceIdentity),
      tags: tagList(tags),
      transitiveTagKeys: Array.isArray(transitive) ? (transitive as unknown[]).map(asText) : [],
    };
    const mfaInRequest = asText(serial).trim() !== '' && asText(code).trim() !== '';
    return assumeRoleRequest({ arn, longTerm, mfaInRequest }, keys);
  }, [arn, longTerm, watched]);
  return (
    <TrustPolicyCheck
      request={request}
      waitingFor="Pick a signer whose ARN is known (the policy's Principal names it): press Who am I? under Export and details on its set in the wallet."
    />
  );
}
