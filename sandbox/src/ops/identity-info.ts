/** GetCallerIdentity, GetAccessKeyInfo and DecodeAuthorizationMessage. */
import { decodeAccountFromKeyId } from '../auth/access-key.ts';
import { err, ok } from '../lib/result.ts';
import { ERR, stsError } from '../sts/sts-error.ts';
import { principalArn, principalUserId } from '../world/principals.ts';
import { unseal } from '../world/sealed.ts';
import { el } from '../xml/xml-writer.ts';
import { AUTHZ_PURPOSE } from './access-denied.ts';
import { str, type OpContext, type OpResult } from './context.ts';

/** Who is calling: Arn, UserId, Account (in STS's element order). */
export function getCallerIdentity(ctx: OpContext): Promise<OpResult> {
  const caller = ctx.caller;
  if (caller === undefined) return Promise.resolve(err(ERR.missingAuthenticationToken()));
  const p = caller.principal;
  return Promise.resolve(
    ok([el('Arn', principalArn(p)), el('UserId', principalUserId(p)), el('Account', p.accountId)]),
  );
}

/** The account an access key ID belongs to, decoded offline from the key ID itself. */
export function getAccessKeyInfo(ctx: OpContext): Promise<OpResult> {
  const decoded = decodeAccountFromKeyId(str(ctx.input, 'AccessKeyId') ?? '');
  if (!decoded.ok) {
    return Promise.resolve(err(ERR.invalidParameter(`Invalid AccessKeyId: ${decoded.error}`)));
  }
  return Promise.resolve(ok([el('Account', decoded.value)]));
}

/** Decodes an encoded authorization message the sandbox put in an AccessDenied error. */
export function decodeAuthorizationMessage(ctx: OpContext): Promise<OpResult> {
  const opened = unseal(AUTHZ_PURPOSE, str(ctx.input, 'EncodedMessage') ?? '');
  if (!opened.ok) {
    return Promise.resolve(
      err(
        stsError(
          'InvalidAuthorizationMessageException',
          'The encoded authorization message is invalid.',
        ),
      ),
    );
  }
  return Promise.resolve(ok([el('DecodedMessage', JSON.stringify(opened.value))]));
}
