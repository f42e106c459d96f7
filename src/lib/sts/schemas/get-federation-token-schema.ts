import { z } from 'zod';
import { policyArnsMember } from './arn-members.ts';
import { crossFieldRules, whenObject } from './cross-field.ts';
import { tokenDurationMember } from './duration-members.ts';
import { minimumSessionTokenSizeMember } from './integer-member.ts';
import { federatedUserNameMember } from './name-members.ts';
import { policyDocumentMember } from './policy-document.ts';
import { sessionPolicyMaxCharacters } from './policy-limits.ts';
import { checkUniqueTagKeys, tagListMember } from './tag-members.ts';

/** GetFederationTokenCommandInput. */
export const getFederationTokenSchema = z
  .object({
    Name: federatedUserNameMember(),
    Policy: policyDocumentMember(sessionPolicyMaxCharacters),
    PolicyArns: policyArnsMember(),
    DurationSeconds: tokenDurationMember(),
    Tags: tagListMember(),
    MinimumSessionTokenSize: minimumSessionTokenSizeMember(),
  })
  .superRefine(crossFieldRules(checkUniqueTagKeys), whenObject);
