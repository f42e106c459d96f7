/**
 * AssumeRoleWithWebIdentity (unsigned): the identity module verifies the token (discovery, JWKS,
 * iss, aud, exp/nbf); then the role's trust policy decides, on the provider's keys (`<provider>:aud`,
 * `:sub`…) and sts:RoleSessionName.
 */
import { oidcProviderArn, verifyWebIdentityToken } from '../identity/verify-web-identity-token.ts';
import { err, ok } from '../lib/result.ts';
import { stsError } from '../protocol/sts-error.ts';
import { requestConditionKeys, roleTrusts, webIdentityConditionKeys } from '../world/trust.ts';
import { el, leaf } from '../protocol/xml-writer.ts';
import { accessDenied } from './shared/access-denied.ts';
import { int, isoSeconds, str, type OpContext, type OpResult } from './shared/context.ts';
import { credentialsXml, tokenSizeXml } from './shared/credentials-xml.ts';
import { findRole, parseRoleArn, roleDuration } from './shared/roles.ts';
import { checkSessionPolicy, readSessionPolicy } from './shared/session-policy.ts';

/** Handles AssumeRoleWithWebIdentity. */
export async function assumeRoleWithWebIdentity(ctx: OpContext): Promise<OpResult> {
  const { input, world } = ctx;
  const roleArn = str(input, 'RoleArn') ?? '';
  const sessionName = str(input, 'RoleSessionName') ?? '';
  const arn = parseRoleArn(roleArn);
  if (!arn.ok) return arn;
  const verified = await verifyWebIdentityToken(str(input, 'WebIdentityToken') ?? '', {
    providers: world.oidcProviders,
    nowSeconds: Math.floor(ctx.nowMs / 1000),
  });
  if (!verified.ok) {
    const r = verified.error;
    return err(stsError(r.code, r.message, r.status));
  }
  const identity = verified.value;
  const role = findRole(world, roleArn);
  const providerArn = oidcProviderArn(world.accountId, identity.provider);
  const context = {
    ...webIdentityConditionKeys(
      identity.provider,
      identity.audience,
      identity.subject,
      identity.claims,
    ),
    ...requestConditionKeys({ sessionName }),
  };
  const trusted =
    role !== undefined &&
    roleTrusts(role, {
      actions: ['sts:AssumeRoleWithWebIdentity'],
      principalType: 'Federated',
      names: [providerArn],
      context,
    });
  if (role === undefined || !trusted) {
    return err(
      accessDenied('Not authorized to perform sts:AssumeRoleWithWebIdentity', {
        principal: { id: identity.subject, arn: providerArn },
        action: 'sts:AssumeRoleWithWebIdentity',
        resource: roleArn,
        conditions: { ...context, 'aws:CurrentTime': [isoSeconds(ctx.nowMs)] },
      }),
    );
  }
  const duration = roleDuration(int(input, 'DurationSeconds'), role, false);
  if (!duration.ok) return duration;
  const packed = checkSessionPolicy(readSessionPolicy(input));
  if (!packed.ok) return packed;
  const minimumTokenSize = int(input, 'MinimumSessionTokenSize');
  const session = ctx.store.issue(
    {
      principal: { kind: 'assumed-role', accountId: world.accountId, role, sessionName },
      durationSeconds: duration.value,
      issuedBy: 'AssumeRoleWithWebIdentity',
      ...(minimumTokenSize === undefined ? {} : { minimumTokenSize }),
    },
    ctx.nowMs,
  );
  return ok(
    [
      credentialsXml(session),
      el('SubjectFromWebIdentityToken', identity.subject),
      el(
        'AssumedRoleUser',
        el('AssumedRoleId', `${role.roleId}:${sessionName}`),
        el('Arn', `arn:aws:sts::${world.accountId}:assumed-role/${role.name}/${sessionName}`),
      ),
      leaf('PackedPolicySize', packed.value),
      el('Provider', oidcProviderArn(world.accountId, identity.provider)),
      el('Audience', identity.audience),
      ...tokenSizeXml(session, minimumTokenSize),
    ].filter((n) => n !== undefined),
  );
}
