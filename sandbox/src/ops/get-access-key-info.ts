/**
 * GetAccessKeyInfo: the account an access key ID belongs to. An ID in the current layout names its
 * account in its bits; an ID in the older layout does not, so only a record can answer: the sandbox
 * knows the IDs its world lists (sandbox/world.json) and refuses any other.
 */
import { readKeyIdAccount } from '../auth/access-key.ts';
import { err, ok } from '../lib/result.ts';
import { ERR } from '../protocol/sts-error.ts';
import { el } from '../protocol/xml-writer.ts';
import { worldListsId } from '../world/world-config.ts';
import { str, type OpContext, type OpResult } from './shared/context.ts';

/** Answers the account of a key ID: from its bits (current layout) or from the world's records. */
export function getAccessKeyInfo(ctx: OpContext): Promise<OpResult> {
  return Promise.resolve(run(ctx));
}

function run(ctx: OpContext): OpResult {
  const keyId = str(ctx.input, 'AccessKeyId') ?? '';
  const read = readKeyIdAccount(keyId);
  if (!read.ok) return err(ERR.invalidParameter(`Invalid AccessKeyId: ${read.error}`));
  if (read.value.layout === 'current') return ok([el('Account', read.value.account)]);
  if (worldListsId(ctx.world, keyId)) return ok([el('Account', ctx.world.accountId)]);
  return err(
    ERR.invalidParameter(
      `The access key ID ${keyId} does not exist (it uses the older layout, which carries no account, and the sandbox has no record of it).`,
    ),
  );
}
