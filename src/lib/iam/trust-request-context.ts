/** Builds the request IAM evaluates a trust policy against, from what the form is about to send. */
import { ownString, type JsonObject } from '../decoders/json-object.ts';
import { trustPolicyConditionKeys } from '../decoders/jwt-trust-policy.ts';
import type { DecodedSamlResponse } from '../decoders/saml.ts';
import type { TrustRequest } from './trust-policy-types.ts';

/** Request parameters that become sts:/aws: condition keys (every operation that assumes a role). */
export interface RequestKeyInput {
  roleSessionName?: string;
  sourceIdentity?: string;
  externalId?: string;
  tags?: readonly { key: string; value: string }[];
  transitiveTagKeys?: readonly string[];
}

type Context = Record<string, string[]>;

/** Providers that IAM names by a bare host in `Federated`, not by an oidc-provider ARN. */
const BUILT_IN_PROVIDERS = new Set([
  'accounts.google.com',
  'cognito-identity.amazonaws.com',
  'graph.facebook.com',
  'www.amazon.com',
]);

/** The account in a role ARN, or undefined when the ARN is not (yet) one. */
export function roleAccount(roleArn: string): string | undefined {
  return /^arn:aws[\w-]*:iam::(\d{12}):role\//.exec(roleArn.trim())?.[1];
}

function partitionOf(arn: string): string {
  return /^arn:(aws[\w-]*):/.exec(arn.trim())?.[1] ?? 'aws';
}

/** Host + path of an issuer, as IAM names an OIDC provider (no scheme; same as the provider keys). */
export function oidcProviderName(issuer: string): string {
  return issuer.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}

/** sts:RoleSessionName, sts:SourceIdentity, sts:ExternalId, aws:RequestTag/…, aws:TagKeys… */
export function requestKeys(input: RequestKeyInput): Context {
  const out: Context = {};
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') out[key] = [value];
  };
  set('sts:RoleSessionName', input.roleSessionName);
  set('sts:SourceIdentity', input.sourceIdentity);
  set('sts:ExternalId', input.externalId);
  const tags = (input.tags ?? []).filter((t) => t.key !== '');
  for (const t of tags) out[`aws:RequestTag/${t.key}`] = [t.value];
  if (tags.length > 0) out['aws:TagKeys'] = tags.map((t) => t.key);
  const transitive = (input.transitiveTagKeys ?? []).filter((k) => k !== '');
  if (transitive.length > 0) out['sts:TransitiveTagKeys'] = transitive;
  return out;
}

/** The extra actions a request needs besides the operation's own (tags, source identity). */
export function extraActions(input: RequestKeyInput): string[] {
  const actions: string[] = [];
  const tagged =
    (input.tags ?? []).some((t) => t.key !== '') ||
    (input.transitiveTagKeys ?? []).some((k) => k !== '');
  if (tagged) actions.push('sts:TagSession');
  if (input.sourceIdentity !== undefined && input.sourceIdentity !== '') {
    actions.push('sts:SetSourceIdentity');
  }
  return actions;
}

/** AssumeRoleWithWebIdentity: the Federated provider from `iss` and the provider keys from the claims. */
export function webIdentityRequest(
  claims: JsonObject,
  roleArn: string,
  input: RequestKeyInput = {},
): TrustRequest {
  const provider = oidcProviderName(ownString(claims, 'iss') ?? '');
  const account = roleAccount(roleArn);
  const arn = `arn:${partitionOf(roleArn)}:iam::${account ?? '<account of the role>'}:oidc-provider/${provider}`;
  const shown = BUILT_IN_PROVIDERS.has(provider) ? provider : arn;
  const context: Context = {};
  for (const key of trustPolicyConditionKeys(claims)) context[key.key] = key.values;
  return {
    actions: ['sts:AssumeRoleWithWebIdentity', ...extraActions(input)],
    principal: { type: 'Federated', shown, names: account === undefined ? [provider] : [shown] },
    context: { ...context, ...requestKeys(input) },
  };
}

/** `persistent`, `transient`… from a NameID Format URN, as saml:sub_type holds it. */
function subjectType(format: string | undefined): string | undefined {
  if (format === undefined) return undefined;
  const tail = format.split(':').pop() ?? '';
  return tail === 'persistent' || tail === 'transient' ? tail : format;
}

/** AssumeRoleWithSAML: the SAML provider as Federated principal and the saml: keys. */
export function samlRequest(
  saml: DecodedSamlResponse,
  principalArn: string,
  input: RequestKeyInput = {},
): TrustRequest {
  const context: Context = {};
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') context[key] = [value];
  };
  // saml:aud is where the assertion is presented (the Recipient), not the Audience element.
  set('saml:aud', saml.recipient ?? saml.destination);
  set('saml:iss', saml.issuer);
  set('saml:sub', saml.subject?.nameId);
  set('saml:sub_type', subjectType(saml.subject?.format));
  const provider = /^arn:aws[\w-]*:iam::(\d{12}):saml-provider\/(.+)$/.exec(principalArn.trim());
  if (provider?.[1] !== undefined && provider[2] !== undefined) {
    set('saml:doc', `${provider[1]}/${provider[2]}`);
  }
  const keys: RequestKeyInput = {
    ...input,
    ...(saml.sourceIdentity === undefined ? {} : { sourceIdentity: saml.sourceIdentity }),
    ...(saml.roleSessionName === undefined ? {} : { roleSessionName: saml.roleSessionName }),
  };
  return {
    actions: ['sts:AssumeRoleWithSAML', ...extraActions(keys)],
    principal: { type: 'Federated', shown: principalArn.trim(), names: [principalArn.trim()] },
    context: { ...context, ...requestKeys(keys) },
  };
}

/** The signer of an AssumeRole call: its ARN and whether it signs with long-term keys. */
export interface SignerFacts {
  arn: string;
  longTerm: boolean;
  /** For temporary credentials: whether their session was MFA-authenticated. */
  sessionMfa?: boolean;
  /** SerialNumber and TokenCode are in the request. */
  mfaInRequest: boolean;
}

/** The names a Principal block may use to admit this signer (a role ARN admits its sessions). */
export function signerNames(arn: string): { principalArn: string; names: string[] } {
  const session = /^arn:(aws[\w-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(arn);
  if (session?.[2] !== undefined && session[3] !== undefined) {
    const roleArn = `arn:${session[1] ?? 'aws'}:iam::${session[2]}:role/${session[3]}`;
    return {
      principalArn: roleArn,
      names: [arn, roleArn, `arn:${session[1] ?? 'aws'}:iam::${session[2]}:root`],
    };
  }
  const account = /^arn:(aws[\w-]*):(?:iam|sts)::(\d{12}):/.exec(arn);
  const root = account === null ? [] : [`arn:${account[1] ?? 'aws'}:iam::${account[2] ?? ''}:root`];
  return { principalArn: arn, names: [...new Set([arn, ...root])] };
}

/** AssumeRole: the signer as AWS principal, MFA keys as IAM sets them, and the request keys. */
export function assumeRoleRequest(signer: SignerFacts, input: RequestKeyInput = {}): TrustRequest {
  const { principalArn, names } = signerNames(signer.arn);
  const context: Context = { 'aws:PrincipalArn': [principalArn] };
  const account = /::(\d{12}):/.exec(signer.arn)?.[1];
  if (account !== undefined) context['aws:PrincipalAccount'] = [account];
  // Long-term keys without MFA put no aws:MultiFactorAuthPresent in the context at all.
  if (signer.mfaInRequest) {
    context['aws:MultiFactorAuthPresent'] = ['true'];
    context['aws:MultiFactorAuthAge'] = ['0'];
  } else if (!signer.longTerm) {
    context['aws:MultiFactorAuthPresent'] = [String(signer.sessionMfa === true)];
  }
  return {
    actions: ['sts:AssumeRole', ...extraActions(input)],
    principal: { type: 'AWS', shown: signer.arn, names },
    context: { ...context, ...requestKeys(input) },
  };
}
