/** GetDelegatedAccessToken: trades a sandbox-minted trade-in token for a role session. */
import { err, ok } from '../lib/result.ts';
import { ERR, stsError } from '../protocol/sts-error.ts';
import { el } from '../protocol/xml-writer.ts';
import { readTradeInToken } from '../world/trade-in.ts';
import { str, type OpContext, type OpResult } from './shared/context.ts';
import { credentialsXml } from './shared/credentials-xml.ts';
import { findRole } from './shared/roles.ts';

const DELEGATED_DURATION = 3600;

/** Trades a sandbox-minted trade-in token for a role session. */
export function getDelegatedAccessToken(ctx: OpContext): Promise<OpResult> {
  if (ctx.caller === undefined) return Promise.resolve(err(ERR.missingAuthenticationToken()));
  const claims = readTradeInToken(str(ctx.input, 'TradeInToken') ?? '');
  if (!claims.ok)
    return Promise.resolve(err(ERR.validation('The provided trade-in token is invalid.')));
  if (ctx.nowMs >= claims.value.expiresAtMs) {
    return Promise.resolve(
      err(stsError('ExpiredTradeInTokenException', 'The provided trade-in token has expired.')),
    );
  }
  const role = findRole(ctx.world, claims.value.principalArn);
  if (role === undefined)
    return Promise.resolve(err(ERR.validation('The provided trade-in token is invalid.')));
  const session = ctx.store.issue(
    {
      principal: {
        kind: 'assumed-role',
        accountId: ctx.world.accountId,
        role,
        sessionName: 'DelegatedAccess',
      },
      durationSeconds: Math.min(DELEGATED_DURATION, role.maxSessionDuration),
      issuedBy: 'GetDelegatedAccessToken',
    },
    ctx.nowMs,
  );
  return Promise.resolve(ok([credentialsXml(session), el('AssumedPrincipal', role.arn)]));
}
