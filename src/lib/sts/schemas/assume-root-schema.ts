import { z } from 'zod';
import { taskPolicyArnMember } from './arn-members.ts';
import { rootDurationMember } from './duration-members.ts';
import { minimumSessionTokenSizeMember } from './integer-member.ts';
import { lengthCheck, requiredString } from './string-member.ts';

/** AssumeRootCommandInput. TargetPrincipal: member account ID or principal ARN, 12..2048, no pattern. */
export const assumeRootSchema = z.object({
  TargetPrincipal: requiredString('Target principal', [lengthCheck(12, 2048)]),
  TaskPolicyArn: taskPolicyArnMember(),
  DurationSeconds: rootDurationMember(),
  MinimumSessionTokenSize: minimumSessionTokenSizeMember(),
});
