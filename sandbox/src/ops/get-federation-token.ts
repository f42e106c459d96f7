/** GetFederationToken: a federated-user session for long-term IAM user credentials only. */
import { err, ok } from '../lib/result.ts';
import { ERR } from '../protocol/sts-error.ts';
import { DOC_NOTES } from '../protocol/sts-model.ts';
import { el, leaf } from '../protocol/xml-writer.ts';
import { int, str, type OpContext, type OpResult } from './shared/context.ts';
import { credentialsXml, tokenSizeXml } from './shared/credentials-xml.ts';
import { checkSessionPolicy, readSessionPolicy } from './shared/session-policy.ts';

const FEDERATION_DEFAULT: number = DOC_NOTES['GetFederationToken.DurationSeconds'].docs.default;

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
