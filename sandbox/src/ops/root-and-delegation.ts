/** AssumeRoot (demo → member account, root-task policies only) and GetDelegatedAccessToken. */
import stsModel from '../../../model/sts-model.json' with { type: 'json' };
import { err, ok } from '../lib/result.ts';
import { ERR, stsError } from '../sts/sts-error.ts';
import { principalArn } from '../world/principals.ts';
import { readTradeInToken } from '../world/trade-in.ts';
import { el } from '../xml/xml-writer.ts';
import { accessDenied, baseConditions } from './access-denied.ts';
import { int, str, struct, type OpContext, type OpResult } from './context.ts';
import { credentialsXml, tokenSizeXml } from './credentials-xml.ts';
import { findRole } from './roles.ts';

const taskNotes = stsModel.docNotes['AssumeRoot.TaskPolicyArn'].docs;
/** The root-task policy ARNs AssumeRoot accepts. */
export const ROOT_TASK_POLICIES: readonly string[] = taskNotes.allowedPolicies.map(
  (name) => `${taskNotes.examplePrefix}${name}`,
);
const ROOT_DEFAULT_DURATION: number = stsModel.docNotes['AssumeRoot.DurationSeconds'].docs.default;
const DELEGATED_DURATION = 3600;

/** Handles AssumeRoot: short-lived root credentials in a member account for one task policy. */
export function assumeRoot(ctx: OpContext): Promise<OpResult> {
  const caller = ctx.caller;
  if (caller === undefined) return Promise.resolve(err(ERR.missingAuthenticationToken()));
  const target = str(ctx.input, 'TargetPrincipal') ?? '';
  const taskArn = str(struct(ctx.input.TaskPolicyArn) ?? {}, 'arn') ?? '';
  const account =
    /^(\d{12})$/.exec(target)?.[1] ?? /^arn:aws:iam::(\d{12}):root$/.exec(target)?.[1];
  const principal = caller.principal;
  const allowedCaller = principal.kind === 'user' || principal.kind === 'assumed-role';
  if (account === undefined || !ctx.world.memberAccounts.includes(account) || !allowedCaller) {
    return Promise.resolve(
      err(
        accessDenied(
          `User: ${principalArn(principal)} is not authorized to perform: sts:AssumeRoot on resource: ${target}`,
          {
            principal,
            action: 'sts:AssumeRoot',
            resource: target,
            conditions: baseConditions(principal, ctx.nowMs, ctx.world.region),
          },
        ),
      ),
    );
  }
  if (!ROOT_TASK_POLICIES.includes(taskArn)) {
    return Promise.resolve(
      err(ERR.validation(`The TaskPolicyArn must be one of: ${ROOT_TASK_POLICIES.join(', ')}`)),
    );
  }
  const minimumTokenSize = int(ctx.input, 'MinimumSessionTokenSize');
  const session = ctx.store.issue(
    {
      principal: { kind: 'root', accountId: account },
      durationSeconds: int(ctx.input, 'DurationSeconds') ?? ROOT_DEFAULT_DURATION,
      issuedBy: 'AssumeRoot',
      ...(minimumTokenSize === undefined ? {} : { minimumTokenSize }),
    },
    ctx.nowMs,
  );
  return Promise.resolve(ok([credentialsXml(session), ...tokenSizeXml(session, minimumTokenSize)]));
}

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
