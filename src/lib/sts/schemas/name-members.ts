import { accessKeyIdCharset, externalIdCharset, nameCharset } from './patterns.ts';
import {
  charsetCheck,
  forbiddenPrefixCheck,
  lengthCheck,
  optionalString,
  requiredString,
} from './string-member.ts';

/** roleSessionNameType: 2..64, ^[\w+=,.@-]*$. */
export function roleSessionNameMember() {
  return requiredString('Role session name', [lengthCheck(2, 64), charsetCheck(nameCharset)]);
}

/** sourceIdentityType: 2..64, ^[\w+=,.@-]*$, and (docs) must not start with "aws:". */
export function sourceIdentityMember() {
  // The prefix rule speaks before the pattern: "aws:" also breaks the pattern (":" is not in
  // it), but "must not start with aws:" is the sentence that tells the user what to change.
  return optionalString('Source identity', [
    lengthCheck(2, 64),
    forbiddenPrefixCheck('aws:', 'reserved for AWS'),
    charsetCheck(nameCharset),
  ]);
}

/** userNameType (GetFederationToken Name): 2..32, ^[\w+=,.@-]*$. */
export function federatedUserNameMember() {
  return requiredString('Name', [lengthCheck(2, 32), charsetCheck(nameCharset)]);
}

/** externalIdType: 2..1224, ^[\w+=,.@:\/-]*$. */
export function externalIdMember() {
  return optionalString('External ID', [lengthCheck(2, 1224), charsetCheck(externalIdCharset)]);
}

/** accessKeyIdType: 16..128, ^[\w]*$. */
export function accessKeyIdMember() {
  return requiredString('Access key ID', [lengthCheck(16, 128), charsetCheck(accessKeyIdCharset)]);
}
