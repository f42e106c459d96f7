/** GetSessionToken and GetFederationToken: long-term IAM user credentials only, as STS requires. */
import stsModel from '../../../model/sts-model.json' with { type: 'json' };
import { err, ok } from '../lib/result.ts';
import { ERR } from '../sts/sts-error.ts';
import { el, leaf } from '../xml/xml-writer.ts';
import { int, str, type OpContext, type OpResult } from './context.ts';
import { credentialsXml, tokenSizeXml } from './credentials-xml.ts';
import { checkMfa } from './mfa-check.ts';
import { checkSessionPolicy, readSessionPolicy } from './session-policy.ts';

const SESSION_DEFAULT: number = stsModel.docNotes['GetSessionToken.DurationSeconds'].docs.default;
const FEDERATION_DEFAULT: number =
  stsModel.docNotes['GetFederationToken.DurationSeconds'].docs.default;

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

/** Handles GetFederationToken: a federated-user session that may only call GetCallerIdentity. */
export function getFederationToken(ctx: OpContext): Promise<OpResult> {
  const caller = ctx.caller;
  if (caller === undefined) return Promise.resolve(err(ERR.missingAuthenticationToken()));
  if (caller.session !== undefined || caller.principal.kind !== 'user') {
    return Promise.resolve(
      err(ERR.accessDenied('Cannot call GetFederationToken with session credentials')),
    );
  }
  const policy = readSessionPolicy(ctx.input);
  const packed = checkSessionPolicy(policy);
  if (!packed.ok) return Promise.resolve(packed);
  const name = str(ctx.input, 'Name') ?? '';
  const account = ctx.world.accountId;
  const minimumTokenSize = int(ctx.input, 'MinimumSessionTokenSize');
  const session = ctx.store.issue(
    {
      principal: {
        kind: 'federated-user',
        accountId: account,
        name,
        parent: caller.principal.user,
      },
      durationSeconds: int(ctx.input, 'DurationSeconds') ?? FEDERATION_DEFAULT,
      issuedBy: 'GetFederationToken',
      ...(minimumTokenSize === undefined ? {} : { minimumTokenSize }),
    },
    ctx.nowMs,
  );
  return Promise.resolve(
    ok(
      [
        credentialsXml(session),
        el(
          'FederatedUser',
          el('FederatedUserId', `${account}:${name}`),
          el('Arn', `arn:aws:sts::${account}:federated-user/${name}`),
        ),
        leaf('PackedPolicySize', packed.value),
        ...tokenSizeXml(session, minimumTokenSize),
      ].filter((n) => n !== undefined),
    ),
  );
}
