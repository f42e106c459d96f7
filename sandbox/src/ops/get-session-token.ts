/** GetSessionToken: a session for long-term IAM user credentials only (optionally with MFA). */
import { err, ok } from '../lib/result.ts';
import { ERR } from '../protocol/sts-error.ts';
import { DOC_NOTES } from '../protocol/sts-model.ts';
import { int, str, type OpContext, type OpResult } from './shared/context.ts';
import { credentialsXml, tokenSizeXml } from './shared/credentials-xml.ts';
import { checkMfa } from './shared/mfa-check.ts';

const SESSION_DEFAULT: number = DOC_NOTES['GetSessionToken.DurationSeconds'].docs.default;

/** Handles GetSessionToken (optionally with MFA, which marks the session MFA-authenticated). */
export function getSessionToken(ctx: OpContext): Promise<OpResult> {
  const caller = ctx.caller;
  if (caller === undefined) return Promise.resolve(err(ERR.missingAuthenticationToken()));
  if (caller.session !== undefined || caller.principal.kind !== 'user') {
    return Promise.resolve(
      err(ERR.accessDenied('Cannot call GetSessionToken with session credentials')),
    );
  }
  const mfa = checkMfa(
    caller.principal,
    str(ctx.input, 'SerialNumber'),
    str(ctx.input, 'TokenCode'),
  );
  if (!mfa.ok) return Promise.resolve(mfa);
  const minimumTokenSize = int(ctx.input, 'MinimumSessionTokenSize');
  const session = ctx.store.issue(
    {
      principal: caller.principal,
      durationSeconds: int(ctx.input, 'DurationSeconds') ?? SESSION_DEFAULT,
      issuedBy: 'GetSessionToken',
      mfaAuthenticated: mfa.value,
      ...(minimumTokenSize === undefined ? {} : { minimumTokenSize }),
    },
    ctx.nowMs,
  );
  return Promise.resolve(ok([credentialsXml(session), ...tokenSizeXml(session, minimumTokenSize)]));
}
