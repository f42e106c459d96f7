/** The form label of each input member, by member name (shared by all operations). */
const memberLabels: Readonly<Record<string, string>> = {
  RoleArn: 'Role ARN',
  RoleSessionName: 'Role session name',
  WebIdentityToken: 'Web identity token',
  ProviderId: 'Provider ID',
  DurationSeconds: 'Duration (seconds)',
  PolicyArns: 'Policy ARNs',
  Policy: 'Session policy',
  Tags: 'Tags',
  TransitiveTagKeys: 'Transitive tag keys',
  ExternalId: 'External ID',
  SerialNumber: 'MFA serial number',
  TokenCode: 'MFA code',
  SourceIdentity: 'Source identity',
  ProvidedContexts: 'Provided contexts',
  MinimumSessionTokenSize: 'Minimum session token size',
  PrincipalArn: 'Principal ARN (SAML provider)',
  SAMLAssertion: 'SAML assertion',
  TargetPrincipal: 'Target principal',
  TaskPolicyArn: 'Task policy ARN',
  AccessKeyId: 'Access key ID',
  EncodedMessage: 'Encoded message',
  Audience: 'Audience',
  SigningAlgorithm: 'Signing algorithm',
  TradeInToken: 'Trade-in token',
  Name: 'Name',
};

/** Labels of nested members, by the path with list indexes written as "N". */
const nestedLabels: Readonly<Record<string, string>> = {
  'PolicyArns.N': 'Policy ARN',
  'PolicyArns.N.arn': 'Policy ARN',
  'Tags.N': 'Tag',
  'Tags.N.Key': 'Tag key',
  'Tags.N.Value': 'Tag value',
  'TransitiveTagKeys.N': 'Transitive tag key',
  'ProvidedContexts.N': 'Provided context',
  'ProvidedContexts.N.ProviderArn': 'Context provider ARN',
  'ProvidedContexts.N.ContextAssertion': 'Context assertion',
  'TaskPolicyArn.arn': 'Task policy ARN',
  'Audience.N': 'Audience',
};

/** Splits an unknown member name into words: "SomeNewMember" → "Some new member". */
function words(name: string): string {
  const spaced = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The label the console defines for a form path ("Tags.3.Key" → "Tag key"), or undefined. */
export function knownFieldLabel(path: string): string | undefined {
  const generic = path.replace(/\.\d+(?=\.|$)/g, '.N');
  return nestedLabels[generic] ?? memberLabels[generic];
}

/** The field's name in words for a form path such as "RoleArn" or "Tags.3.Key". */
export function fieldLabel(path: string): string {
  const known = knownFieldLabel(path);
  if (known !== undefined) return known;
  const last =
    path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .at(-1) ?? path;
  return memberLabels[last] ?? words(last);
}
