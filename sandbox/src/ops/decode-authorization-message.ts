/** DecodeAuthorizationMessage: opens the encoded message of a sandbox AccessDenied. */
import { err, ok } from '../lib/result.ts';
import { stsError } from '../protocol/sts-error.ts';
import { el } from '../protocol/xml-writer.ts';
import { unseal } from '../world/sealed.ts';
import { AUTHZ_PURPOSE } from './shared/access-denied.ts';
import { str, type OpContext, type OpResult } from './shared/context.ts';

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
