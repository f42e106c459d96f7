/**
 * AssumeRoleWithSAML (unsigned): the identity module verifies the SAMLResponse signature with the
 * provider's certificate (audience, NotOnOrAfter); then the Role attribute must name the requested
 * role/provider pair and the role's trust policy must allow it (Federated provider ARN, saml: keys). SessionDuration caps the duration.
 */
import { verifySamlResponse } from '../identity/saml-response.ts';
import { err, ok } from '../lib/result.ts';
import { stsError } from '../protocol/sts-error.ts';
import { requestConditionKeys, roleTrusts } from '../world/trust.ts';
import { el, leaf } from '../protocol/xml-writer.ts';
import { accessDenied } from './shared/access-denied.ts';
import { int, isoSeconds, str, type OpContext, type OpResult } from './shared/context.ts';
import { credentialsXml, tokenSizeXml } from './shared/credentials-xml.ts';
import { findRole, parseRoleArn, roleDuration } from './shared/roles.ts';
import { checkSessionPolicy, readSessionPolicy } from './shared/session-policy.ts';

/** Handles AssumeRoleWithSAML. */
export function assumeRoleWithSaml(ctx: OpContext): Promise<OpResult> {
  return Promise.resolve(run(ctx));
}

function run(ctx: OpContext): OpResult {
  const { input, world } = ctx;
  const roleArn = str(input, 'RoleArn') ?? '';
  const principalArn = str(input, 'PrincipalArn') ?? '';
  const arn = parseRoleArn(roleArn);
  if (!arn.ok) return arn;
  const verified = verifySamlResponse(str(input, 'SAMLAssertion') ?? '', {
    providers: world.samlProviders,
    nowSeconds: Math.floor(ctx.nowMs / 1000),
    accountId: world.accountId,
    principalArn,
  });
  if (!verified.ok) {
    const r = verified.error;
    return err(stsError(r.code, r.message, r.status));
  }
  const saml = verified.value;
  const provider = world.samlProviders.find((p) => p.arn === principalArn);
  const role = findRole(world, roleArn);
  const pairListed = saml.roles.some(
    (pair) => pair.roleArn === roleArn && pair.providerArn === principalArn,
  );
  const context: Record<string, string[]> = {
    'saml:sub': [saml.subject],
    'saml:sub_type': [saml.subjectType],
    'saml:iss': [saml.issuer],
    'saml:aud': [saml.audience],
    'saml:namequalifier': [saml.nameQualifier],
    ...requestConditionKeys({ sessionName: saml.roleSessionName }),
  };
  if (provider !== undefined) context['saml:doc'] = [`${world.accountId}/${provider.name}`];
  const trusted =
    role !== undefined &&
    provider !== undefined &&
    pairListed &&
    roleTrusts(role, {
      actions: ['sts:AssumeRoleWithSAML'],
      principalType: 'Federated',
      names: [provider.arn],
      context,
    });
  if (role === undefined || !trusted) {
    return err(
      accessDenied('Not authorized to perform sts:AssumeRoleWithSAML', {
        principal: { id: saml.subject, arn: principalArn },
        action: 'sts:AssumeRoleWithSAML',
        resource: roleArn,
        conditions: { ...context, 'aws:CurrentTime': [isoSeconds(ctx.nowMs)] },
      }),
    );
  }
  const requested = int(input, 'DurationSeconds') ?? saml.sessionDurationSeconds;
  const duration = roleDuration(requested, role, false);
  if (!duration.ok) return duration;
  const seconds = Math.min(duration.value, saml.sessionDurationSeconds ?? duration.value);
  const packed = checkSessionPolicy(readSessionPolicy(input));
  if (!packed.ok) return packed;
  const sessionName = saml.roleSessionName ?? saml.subject;
  const minimumTokenSize = int(input, 'MinimumSessionTokenSize');
  const session = ctx.store.issue(
    {
      principal: { kind: 'assumed-role', accountId: world.accountId, role, sessionName },
      durationSeconds: seconds,
      issuedBy: 'AssumeRoleWithSAML',
      ...(minimumTokenSize === undefined ? {} : { minimumTokenSize }),
    },
    ctx.nowMs,
  );
  return ok(
    [
      credentialsXml(session),
      el(
        'AssumedRoleUser',
        el('AssumedRoleId', `${role.roleId}:${sessionName}`),
        el('Arn', `arn:aws:sts::${world.accountId}:assumed-role/${role.name}/${sessionName}`),
      ),
      leaf('PackedPolicySize', packed.value),
      el('Subject', saml.subject),
      el('SubjectType', saml.subjectType),
      el('Issuer', saml.issuer),
      el('Audience', saml.audience),
      el('NameQualifier', saml.nameQualifier),
      ...tokenSizeXml(session, minimumTokenSize),
    ].filter((n) => n !== undefined),
  );
}
