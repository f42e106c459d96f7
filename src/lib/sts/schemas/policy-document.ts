import { locateJsonError } from './locate-json-error.ts';
import { policyCharset } from './patterns.ts';
import { charsetCheck, lengthCheck, optionalString, type StringCheck } from './string-member.ts';

const validJson: StringCheck = (value, name) => {
  const error = locateJsonError(value);
  return error === undefined ? undefined : `${name} is not valid JSON: ${error.message}`;
};

/**
 * Policy: the model's length (1..2048 for sessionPolicyDocumentType; 1.. with no max for
 * AssumeRole's unrestrictedSessionPolicyDocumentType) and charset, then valid JSON.
 */
export function policyDocumentMember(maxCharacters: number | undefined) {
  return optionalString('Session policy', [
    lengthCheck(1, maxCharacters),
    charsetCheck(policyCharset),
    validJson,
  ]);
}
