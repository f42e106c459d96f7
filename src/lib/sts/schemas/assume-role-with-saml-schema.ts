import { z } from 'zod';
import { policyArnsMember, requiredArn } from './arn-members.ts';
import { roleDurationMember } from './duration-members.ts';
import { minimumSessionTokenSizeMember } from './integer-member.ts';
import { policyDocumentMember } from './policy-document.ts';
import { sessionPolicyMaxCharacters } from './policy-limits.ts';
import { lengthCheck, requiredString } from './string-member.ts';

/** AssumeRoleWithSAMLCommandInput. */
export const assumeRoleWithSamlSchema = z.object({
  RoleArn: requiredArn('Role ARN'),
  PrincipalArn: requiredArn('Principal ARN (SAML provider)'),
  SAMLAssertion: requiredString('SAML assertion', [lengthCheck(4, 100000)]),
  PolicyArns: policyArnsMember(),
  Policy: policyDocumentMember(sessionPolicyMaxCharacters),
  DurationSeconds: roleDurationMember(),
  MinimumSessionTokenSize: minimumSessionTokenSizeMember(),
});
