/** AssumeRole: trust, MFA, ExternalId, durations (role chaining ≤ 1 h), session policies and tags. */
import { err, ok } from '../lib/result.ts';
import { DOC_NOTES } from '../protocol/sts-model.ts';
import { ERR } from '../protocol/sts-error.ts';
import { principalArn, trustNames } from '../world/principals.ts';
import { requestConditionKeys, requestedActions, roleTrusts } from '../world/trust.ts';
import { el, leaf } from '../protocol/xml-writer.ts';
import { accessDenied, baseConditions } from './shared/access-denied.ts';
import { int, str, type OpContext, type OpResult } from './shared/context.ts';
import { credentialsXml, tokenSizeXml } from './shared/credentials-xml.ts';
import { checkMfa } from './shared/mfa-check.ts';
import { findRole, parseRoleArn, roleDuration } from './shared/roles.ts';
import { checkSessionPolicy, readSessionPolicy } from './shared/session-policy.ts';

const FORBIDDEN_SOURCE_PREFIX: string = DOC_NOTES['AssumeRole.SourceIdentity'].docs.forbiddenPrefix;

/** Handles AssumeRole for a verified caller. */
export function assumeRole(ctx: OpContext): Promise<OpResult> {
  return Promise.resolve(run(ctx));
}

function run(ctx: OpContext): OpResult {
  const { input, caller } = ctx;
  if (caller === undefined) return err(ERR.missingAuthenticationToken());
  const roleArn = str(input, 'RoleArn') ?? '';
  const sessionName = str(input, 'RoleSessionName') ?? '';
  const arn = parseRoleArn(roleArn);
  if (!arn.ok) return arn;
  const principal = caller.principal;
  const conditions = baseConditions(principal, ctx.nowMs, ctx.world.region);
  const externalId = str(input, 'ExternalId');
  if (externalId !== undefined) conditions['sts:ExternalId'] = [externalId];
  const deny = () =>
    err(
      accessDenied(
        `User: ${principalArn(principal)} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
        { principal, action: 'sts:AssumeRole', resource: roleArn, conditions },
      ),
    );
  const role = findRole(ctx.world, roleArn);
  if (role === undefined || principal.kind === 'federated-user' || principal.kind === 'root')
    return deny();
  const mfa = checkMfa(principal, str(input, 'SerialNumber'), str(input, 'TokenCode'));
  if (!mfa.ok) return mfa;
  const mfaPresent = mfa.value || caller.mfaAuthenticated;
  // IAM puts no aws:MultiFactorAuthPresent in the context of a call signed with long-term keys
  // without MFA; temporary credentials say whether their session was MFA-authenticated.
  if (mfa.value || caller.session !== undefined) {
    conditions['aws:MultiFactorAuthPresent'] = [String(mfaPresent)];
  }
  const requestedSource = str(input, 'SourceIdentity');
  const policy = readSessionPolicy(input);
  const params = {
    sessionName,
    sourceIdentity: requestedSource,
    externalId,
    tags: policy.tags,
    transitiveTagKeys: policy.transitiveTagKeys,
  };
  Object.assign(conditions, requestConditionKeys(params));
  const trusted = roleTrusts(role, {
    actions: requestedActions('sts:AssumeRole', params),
    principalType: 'AWS',
    names: trustNames(principal),
    context: conditions,
  });
  if (!trusted) return deny();

  if (requestedSource?.toLowerCase().startsWith(FORBIDDEN_SOURCE_PREFIX) === true) {
    return err(ERR.validation(`SourceIdentity cannot start with '${FORBIDDEN_SOURCE_PREFIX}'`));
  }
  const inheritedSource = caller.session?.sourceIdentity;
  if (
    inheritedSource !== undefined &&
    requestedSource !== undefined &&
    requestedSource !== inheritedSource
  ) {
    return err(
      ERR.validation('The source identity of a role session cannot be changed once it is set.'),
    );
  }
  const duration = roleDuration(
    int(input, 'DurationSeconds'),
    role,
    principal.kind === 'assumed-role',
  );
  if (!duration.ok) return duration;
  const inherited = caller.session?.transitiveTags ?? [];
  const packed = checkSessionPolicy(policy, inherited);
  if (!packed.ok) return packed;

  const sourceIdentity = requestedSource ?? inheritedSource;
  const transitive = policy.tags.filter((t) =>
    policy.transitiveTagKeys.some((k) => k.toLowerCase() === t.Key.toLowerCase()),
  );
  const minimumTokenSize = int(input, 'MinimumSessionTokenSize');
  const session = ctx.store.issue(
    {
      principal: { kind: 'assumed-role', accountId: ctx.world.accountId, role, sessionName },
      durationSeconds: duration.value,
      issuedBy: 'AssumeRole',
      mfaAuthenticated: mfaPresent,
      transitiveTags: [...inherited, ...transitive],
      ...(sourceIdentity === undefined ? {} : { sourceIdentity }),
      ...(minimumTokenSize === undefined ? {} : { minimumTokenSize }),
    },
    ctx.nowMs,
  );
  return ok(
    [
      el(
        'AssumedRoleUser',
        el('AssumedRoleId', `${role.roleId}:${sessionName}`),
        el('Arn', `arn:aws:sts::${ctx.world.accountId}:assumed-role/${role.name}/${sessionName}`),
      ),
      credentialsXml(session),
      leaf('PackedPolicySize', packed.value),
      leaf('SourceIdentity', sourceIdentity),
      ...tokenSizeXml(session, minimumTokenSize),
    ].filter((n) => n !== undefined),
  );
}
