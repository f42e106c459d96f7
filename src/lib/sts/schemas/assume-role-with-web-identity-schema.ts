import { z } from 'zod';
import { policyArnsMember, requiredArn } from './arn-members.ts';
import { roleDurationMember } from './duration-members.ts';
import { minimumSessionTokenSizeMember } from './integer-member.ts';
import { roleSessionNameMember } from './name-members.ts';
import { policyDocumentMember } from './policy-document.ts';
import { sessionPolicyMaxCharacters } from './policy-limits.ts';
import { lengthCheck, optionalString, requiredString } from './string-member.ts';

/** AssumeRoleWithWebIdentityCommandInput. */
export const assumeRoleWithWebIdentitySchema = z.object({
  RoleArn: requiredArn('Role ARN'),
  RoleSessionName: roleSessionNameMember(),
  WebIdentityToken: requiredString('Web identity token', [lengthCheck(4, 20000)]),
  ProviderId: optionalString('Provider ID', [lengthCheck(4, 2048)]),
  PolicyArns: policyArnsMember(),
  Policy: policyDocumentMember(sessionPolicyMaxCharacters),
  DurationSeconds: roleDurationMember(),
  MinimumSessionTokenSize: minimumSessionTokenSizeMember(),
});
