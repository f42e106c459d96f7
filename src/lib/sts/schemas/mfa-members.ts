import type { z } from 'zod';
import { serialNumberCharset, tokenCodeCharset } from './patterns.ts';
import { charsetCheck, lengthCheck, optionalString } from './string-member.ts';
import { isRecord } from './records.ts';

/** serialNumberType: 9..256, ^[\w+=/:,.@-]*$. */
export function serialNumberMember() {
  return optionalString('MFA serial number', [
    lengthCheck(9, 256),
    charsetCheck(serialNumberCharset),
  ]);
}

/** tokenCodeType: exactly 6, ^[\d]*$. */
export function tokenCodeMember() {
  return optionalString('MFA code', [lengthCheck(6, 6), charsetCheck(tokenCodeCharset)]);
}

/** Cross-field: SerialNumber and TokenCode go together; the missing one gets the message. */
export function checkMfaPair(values: unknown, context: z.RefinementCtx): void {
  if (!isRecord(values)) return;
  const hasSerial = values.SerialNumber !== undefined;
  const hasCode = values.TokenCode !== undefined;
  if (hasSerial && !hasCode) {
    context.addIssue({
      code: 'custom',
      path: ['TokenCode'],
      message: 'MFA code is required when an MFA serial number is given',
      input: values.TokenCode,
    });
  }
  if (hasCode && !hasSerial) {
    context.addIssue({
      code: 'custom',
      path: ['SerialNumber'],
      message: 'MFA serial number is required when an MFA code is given',
      input: values.SerialNumber,
    });
  }
}
