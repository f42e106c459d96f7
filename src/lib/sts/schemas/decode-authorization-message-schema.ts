import { z } from 'zod';
import { lengthCheck, requiredString } from './string-member.ts';

/** DecodeAuthorizationMessageCommandInput. */
export const decodeAuthorizationMessageSchema = z.object({
  EncodedMessage: requiredString('Encoded message', [lengthCheck(1, 10240)]),
});
