import { z } from 'zod';
import { crossFieldRules, whenObject } from './cross-field.ts';
import { webIdentityTokenDurationMember } from './duration-members.ts';
import { requiredList } from './list-member.ts';
import { lengthCheck, requiredString, type StringCheck } from './string-member.ts';
import { checkUniqueTagKeys, tagListMember } from './tag-members.ts';

/** Documented values of GetWebIdentityToken SigningAlgorithm (the model only says length 5). */
export const signingAlgorithms = ['RS256', 'ES384'] as const;

// Both documented values have 5 characters, so this rule implies the model's length 5..5.
const documentedAlgorithm: StringCheck = (value, name) =>
  (signingAlgorithms as readonly string[]).includes(value)
    ? undefined
    : `${name} must be ${signingAlgorithms.join(' or ')}`;

/** GetWebIdentityTokenCommandInput. */
export const getWebIdentityTokenSchema = z
  .object({
    Audience: requiredList('Audience', requiredString('Audience', [lengthCheck(1, 1000)]), 1, 10),
    DurationSeconds: webIdentityTokenDurationMember(),
    SigningAlgorithm: requiredString('Signing algorithm', [documentedAlgorithm]),
    Tags: tagListMember(),
  })
  .superRefine(crossFieldRules(checkUniqueTagKeys), whenObject);
