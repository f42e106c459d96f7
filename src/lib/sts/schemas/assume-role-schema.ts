import { z } from 'zod';
import { policyArnsMember, requiredArn } from './arn-members.ts';
import { crossFieldRules, whenObject } from './cross-field.ts';
import { roleDurationMember } from './duration-members.ts';
import { minimumSessionTokenSizeMember } from './integer-member.ts';
import { checkMfaPair, serialNumberMember, tokenCodeMember } from './mfa-members.ts';
import { externalIdMember, roleSessionNameMember, sourceIdentityMember } from './name-members.ts';
import { policyDocumentMember } from './policy-document.ts';
import { providedContextsMember } from './provided-contexts.ts';
import {
  checkTransitiveTagKeys,
  checkUniqueTagKeys,
  tagListMember,
  transitiveTagKeysMember,
} from './tag-members.ts';

/** AssumeRoleCommandInput. Policy has no model maximum here (a > 2,048 text is only a warning). */
export const assumeRoleSchema = z
  .object({
    RoleArn: requiredArn('Role ARN'),
    RoleSessionName: roleSessionNameMember(),
    PolicyArns: policyArnsMember(),
    Policy: policyDocumentMember(undefined),
    DurationSeconds: roleDurationMember(),
    Tags: tagListMember(),
    TransitiveTagKeys: transitiveTagKeysMember(),
    ExternalId: externalIdMember(),
    SerialNumber: serialNumberMember(),
    TokenCode: tokenCodeMember(),
    SourceIdentity: sourceIdentityMember(),
    ProvidedContexts: providedContextsMember(),
    MinimumSessionTokenSize: minimumSessionTokenSizeMember(),
  })
  .superRefine(
    crossFieldRules(checkMfaPair, checkUniqueTagKeys, checkTransitiveTagKeys),
    whenObject,
  );
