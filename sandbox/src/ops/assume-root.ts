/** AssumeRoot: short-lived root credentials in a member account (root-task policies only). */
import { err, ok } from '../lib/result.ts';
import { DOC_NOTES } from '../protocol/sts-model.ts';
import { ERR } from '../protocol/sts-error.ts';
import { principalArn } from '../world/principals.ts';
import { accessDenied, baseConditions } from './shared/access-denied.ts';
import { int, str, struct, type OpContext, type OpResult } from './shared/context.ts';
import { credentialsXml, tokenSizeXml } from './shared/credentials-xml.ts';

const taskNotes = DOC_NOTES['AssumeRoot.TaskPolicyArn'].docs;
/** The root-task policy ARNs AssumeRoot accepts. */
export const ROOT_TASK_POLICIES: readonly string[] = taskNotes.allowedPolicies.map(
  (name) => `${taskNotes.examplePrefix}${name}`,
);
const ROOT_DEFAULT_DURATION: number = DOC_NOTES['AssumeRoot.DurationSeconds'].docs.default;

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
