import { z } from 'zod';
import { crossFieldRules, whenObject } from './cross-field.ts';
import { tokenDurationMember } from './duration-members.ts';
import { minimumSessionTokenSizeMember } from './integer-member.ts';
import { checkMfaPair, serialNumberMember, tokenCodeMember } from './mfa-members.ts';

/** GetSessionTokenCommandInput. */
export const getSessionTokenSchema = z
  .object({
    DurationSeconds: tokenDurationMember(),
    SerialNumber: serialNumberMember(),
    TokenCode: tokenCodeMember(),
    MinimumSessionTokenSize: minimumSessionTokenSizeMember(),
  })
  .superRefine(crossFieldRules(checkMfaPair), whenObject);
