/** GetCallerIdentity: who signed the request. */
import { err, ok } from '../lib/result.ts';
import { ERR } from '../protocol/sts-error.ts';
import { el } from '../protocol/xml-writer.ts';
import { principalArn, principalUserId } from '../world/principals.ts';
import type { OpContext, OpResult } from './shared/context.ts';

/** Who is calling: Arn, UserId, Account (in STS's element order). */
export function getCallerIdentity(ctx: OpContext): Promise<OpResult> {
  const caller = ctx.caller;
  if (caller === undefined) return Promise.resolve(err(ERR.missingAuthenticationToken()));
  const p = caller.principal;
  return Promise.resolve(
    ok([el('Arn', principalArn(p)), el('UserId', principalUserId(p)), el('Account', p.accountId)]),
  );
}
