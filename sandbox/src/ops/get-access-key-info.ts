/** GetAccessKeyInfo: the account an access key ID belongs to. */
import { decodeAccountFromKeyId } from '../auth/access-key.ts';
import { err, ok } from '../lib/result.ts';
import { ERR } from '../protocol/sts-error.ts';
import { el } from '../protocol/xml-writer.ts';
import { str, type OpContext, type OpResult } from './shared/context.ts';

/** The account an access key ID belongs to, decoded offline from the key ID itself. */
export function getAccessKeyInfo(ctx: OpContext): Promise<OpResult> {
  const decoded = decodeAccountFromKeyId(str(ctx.input, 'AccessKeyId') ?? '');
  if (!decoded.ok) {
    return Promise.resolve(err(ERR.invalidParameter(`Invalid AccessKeyId: ${decoded.error}`)));
  }
  return Promise.resolve(ok([el('Account', decoded.value)]));
}
