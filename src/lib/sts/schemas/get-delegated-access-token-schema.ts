import { z } from 'zod';
import { requiredString } from './string-member.ts';

/** GetDelegatedAccessTokenCommandInput: the model gives TradeInToken no length or pattern. */
export const getDelegatedAccessTokenSchema = z.object({
  TradeInToken: requiredString('Trade-in token', []),
});
