import type * as Sdk from '@aws-sdk/client-sts';
import type { z } from 'zod';
import type { SignerKind } from '../wallet/signer-kind.ts';
import * as out from './output-shapes.ts';
import type { OutputRule } from './output-shapes.ts';

/**
 * The operation registry: every fact about an STS operation, in one place. Navigation, routes,
 * share links, the signer picker, the schema loader and the generic call read it; this module is
 * the only one that spells out the list of operations.
 */

/** The SDK's input and output type of each operation: the one list of names, for the compiler. */
export interface OperationTypes {
  AssumeRoleWithWebIdentity: IO<
    Sdk.AssumeRoleWithWebIdentityCommandInput,
    Sdk.AssumeRoleWithWebIdentityCommandOutput
  >;
  AssumeRole: IO<Sdk.AssumeRoleCommandInput, Sdk.AssumeRoleCommandOutput>;
  AssumeRoleWithSAML: IO<Sdk.AssumeRoleWithSAMLCommandInput, Sdk.AssumeRoleWithSAMLCommandOutput>;
  GetSessionToken: IO<Sdk.GetSessionTokenCommandInput, Sdk.GetSessionTokenCommandOutput>;
  GetFederationToken: IO<Sdk.GetFederationTokenCommandInput, Sdk.GetFederationTokenCommandOutput>;
  AssumeRoot: IO<Sdk.AssumeRootCommandInput, Sdk.AssumeRootCommandOutput>;
  GetDelegatedAccessToken: IO<
    Sdk.GetDelegatedAccessTokenCommandInput,
    Sdk.GetDelegatedAccessTokenCommandOutput
  >;
  GetCallerIdentity: IO<Sdk.GetCallerIdentityCommandInput, Sdk.GetCallerIdentityCommandOutput>;
  GetAccessKeyInfo: IO<Sdk.GetAccessKeyInfoCommandInput, Sdk.GetAccessKeyInfoCommandOutput>;
  DecodeAuthorizationMessage: IO<
    Sdk.DecodeAuthorizationMessageCommandInput,
    Sdk.DecodeAuthorizationMessageCommandOutput
  >;
  GetWebIdentityToken: IO<
    Sdk.GetWebIdentityTokenCommandInput,
    Sdk.GetWebIdentityTokenCommandOutput
  >;
}

interface IO<I, O> {
  input: I;
  output: O;
}

/** The eleven STS operations. */
export type OperationName = keyof OperationTypes;
export type OperationInput<N extends OperationName> = OperationTypes[N]['input'];
export type OperationOutput<N extends OperationName> = OperationTypes[N]['output'];

/** A top-level output member of an operation, as the SDK spells it. */
export type OutputMember<N extends OperationName> = Exclude<keyof OperationOutput<N>, '$metadata'> &
  string;

/** A top-level input member of an operation, as the SDK spells it. */
export type InputMember<N extends OperationName> = keyof OperationInput<N> & string;

export type OperationAuth = 'anonymous' | 'sigv4';
export type OperationResultKind =
  'credentials' | 'identity' | 'account' | 'decoded-message' | 'token';
export type OperationGroup = 'Get credentials' | 'Inspect';

/** Everything the console knows about one operation. */
export interface OperationDefinition<N extends OperationName> {
  name: N;
  /** The SDK's command class for it (checked against the SDK's exports). */
  command: `${N}Command` & keyof typeof Sdk;
  /** Route segment: the API name in kebab-case. */
  slug: string;
  group: OperationGroup;
  /** What the operation does, in a few words (navigation and the page header). */
  summary: string;
  auth: OperationAuth;
  /**
   * The kinds of credentials STS accepts as signer (empty for unsigned calls). AWS documents
   * these: federated sessions call only GetCallerIdentity, GetSessionToken sessions only a few
   * operations, GetSessionToken and GetFederationToken want long-term keys.
   */
  signers: readonly SignerKind[];
  result: OperationResultKind;
  submitLabel: string;
  /** Members that are secrets: masked, never shared, never kept in the wallet's record. */
  secretMembers: readonly InputMember<N>[];
  /** Non-secret members a share link may prefill. */
  shareableMembers: readonly InputMember<N>[];
  /**
   * Non-secret members a form's draft keeps across a reload of the tab (sessionStorage). An
   * allow-list: a member not named here (a secret, an access key, an encoded message, anything
   * unknown) is never saved.
   */
  draftMembers: readonly InputMember<N>[];
  /** What STS uses when a member is left out, as documented (placeholders; never sent). */
  // GetCallerIdentity's input has no members: its defaults are `{}` on purpose.
  // eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type
  defaults: Readonly<Partial<OperationInput<N>>>;
  /** What a new, empty form starts with. */
  initialValues?: Readonly<Partial<Record<InputMember<N>, unknown>>>;
  /** What STS's answer may hold: each member checked before it reaches the wallet or the page. */
  output: Readonly<Partial<Record<OutputMember<N>, OutputRule>>>;
  /** The model-exact zod schema of its input; zod and the schema load on first use. */
  loadSchema: () => Promise<z.ZodType<OperationInput<N>>>;
}

type Registry = { readonly [N in OperationName]: OperationDefinition<N> };

/**
 * A schema loader that keeps the schema's precise zod type (its `.shape`, its form input type):
 * written inline as `import(…).then(…)`, the registry's type would widen it to `ZodType`.
 */
function schemaLoader<M, K extends keyof M>(load: () => Promise<M>, key: K): () => Promise<M[K]> {
  return () => load().then((module) => module[key]);
}

const everyone: readonly SignerKind[] = [
  'long-term',
  'role-session',
  'user-session',
  'federated',
  'root',
];
const notFederated: readonly SignerKind[] = ['long-term', 'role-session', 'user-session', 'root'];
const sessionsWithoutUserSessions: readonly SignerKind[] = ['long-term', 'role-session', 'root'];

/** The registry, in navigation order. */
export const operations = {
  AssumeRoleWithWebIdentity: {
    name: 'AssumeRoleWithWebIdentity',
    command: 'AssumeRoleWithWebIdentityCommand',
    slug: 'assume-role-with-web-identity',
    group: 'Get credentials',
    summary: 'Trade an OIDC token for role credentials',
    auth: 'anonymous',
    signers: [],
    result: 'credentials',
    submitLabel: 'Assume role',
    secretMembers: ['WebIdentityToken'],
    shareableMembers: ['RoleArn', 'RoleSessionName', 'DurationSeconds', 'ProviderId'],
    draftMembers: [
      'RoleArn',
      'RoleSessionName',
      'ProviderId',
      'PolicyArns',
      'Policy',
      'DurationSeconds',
      'MinimumSessionTokenSize',
    ],
    defaults: { DurationSeconds: 3600 },
    output: {
      Credentials: out.credentials,
      // The token's `sub`, which its identity provider picks: the model's minimum of 6 is not
      // held against it (the sandbox's "alice" is 5), its maximum is.
      SubjectFromWebIdentityToken: out.str(false, { maxLength: 255 }),
      AssumedRoleUser: out.assumedRoleUser,
      PackedPolicySize: out.packedPolicySize,
      Provider: out.text,
      Audience: out.text,
      SourceIdentity: out.sourceIdentity,
    },
    loadSchema: schemaLoader(
      () => import('./schemas/assume-role-with-web-identity-schema.ts'),
      'assumeRoleWithWebIdentitySchema',
    ),
  },
  AssumeRole: {
    name: 'AssumeRole',
    command: 'AssumeRoleCommand',
    slug: 'assume-role',
    group: 'Get credentials',
    summary: 'Assume a role with credentials you hold',
    auth: 'sigv4',
    signers: notFederated,
    result: 'credentials',
    submitLabel: 'Assume role',
    secretMembers: ['TokenCode', 'ProvidedContexts'],
    shareableMembers: [
      'RoleArn',
      'RoleSessionName',
      'DurationSeconds',
      'ExternalId',
      'SerialNumber',
      'SourceIdentity',
    ],
    draftMembers: [
      'RoleArn',
      'RoleSessionName',
      'PolicyArns',
      'Policy',
      'DurationSeconds',
      'Tags',
      'TransitiveTagKeys',
      'ExternalId',
      'SerialNumber',
      'SourceIdentity',
      'MinimumSessionTokenSize',
    ],
    defaults: { DurationSeconds: 3600 },
    output: {
      Credentials: out.credentials,
      AssumedRoleUser: out.assumedRoleUser,
      PackedPolicySize: out.packedPolicySize,
      SourceIdentity: out.sourceIdentity,
    },
    loadSchema: schemaLoader(() => import('./schemas/assume-role-schema.ts'), 'assumeRoleSchema'),
  },
  AssumeRoleWithSAML: {
    name: 'AssumeRoleWithSAML',
    command: 'AssumeRoleWithSAMLCommand',
    slug: 'assume-role-with-saml',
    group: 'Get credentials',
    summary: 'Trade a SAML assertion for role credentials',
    auth: 'anonymous',
    signers: [],
    result: 'credentials',
    submitLabel: 'Assume role with SAML',
    secretMembers: ['SAMLAssertion'],
    shareableMembers: ['RoleArn', 'PrincipalArn', 'DurationSeconds'],
    draftMembers: [
      'RoleArn',
      'PrincipalArn',
      'PolicyArns',
      'Policy',
      'DurationSeconds',
      'MinimumSessionTokenSize',
    ],
    defaults: { DurationSeconds: 3600 },
    output: {
      Credentials: out.credentials,
      AssumedRoleUser: out.assumedRoleUser,
      PackedPolicySize: out.packedPolicySize,
      Subject: out.text,
      SubjectType: out.text,
      Issuer: out.text,
      Audience: out.text,
      NameQualifier: out.text,
      SourceIdentity: out.sourceIdentity,
    },
    loadSchema: schemaLoader(
      () => import('./schemas/assume-role-with-saml-schema.ts'),
      'assumeRoleWithSamlSchema',
    ),
  },
  GetSessionToken: {
    name: 'GetSessionToken',
    command: 'GetSessionTokenCommand',
    slug: 'get-session-token',
    group: 'Get credentials',
    summary: 'Temporary credentials for your IAM user, with MFA',
    auth: 'sigv4',
    signers: ['long-term'],
    result: 'credentials',
    submitLabel: 'Get session token',
    secretMembers: ['TokenCode'],
    shareableMembers: ['DurationSeconds', 'SerialNumber'],
    draftMembers: ['DurationSeconds', 'SerialNumber', 'MinimumSessionTokenSize'],
    defaults: { DurationSeconds: 43200 },
    output: { Credentials: out.credentials },
    loadSchema: schemaLoader(
      () => import('./schemas/get-session-token-schema.ts'),
      'getSessionTokenSchema',
    ),
  },
  GetFederationToken: {
    name: 'GetFederationToken',
    command: 'GetFederationTokenCommand',
    slug: 'get-federation-token',
    group: 'Get credentials',
    summary: 'Credentials for a federated user',
    auth: 'sigv4',
    signers: ['long-term'],
    result: 'credentials',
    submitLabel: 'Get federation token',
    secretMembers: [],
    shareableMembers: ['Name', 'DurationSeconds'],
    draftMembers: [
      'Name',
      'Policy',
      'PolicyArns',
      'DurationSeconds',
      'Tags',
      'MinimumSessionTokenSize',
    ],
    defaults: { DurationSeconds: 43200 },
    output: {
      Credentials: out.credentials,
      FederatedUser: out.federatedUser,
      PackedPolicySize: out.packedPolicySize,
    },
    loadSchema: schemaLoader(
      () => import('./schemas/get-federation-token-schema.ts'),
      'getFederationTokenSchema',
    ),
  },
  AssumeRoot: {
    name: 'AssumeRoot',
    command: 'AssumeRootCommand',
    slug: 'assume-root',
    group: 'Get credentials',
    summary: 'Privileged root tasks on a member account',
    auth: 'sigv4',
    signers: sessionsWithoutUserSessions,
    result: 'credentials',
    submitLabel: 'Assume root',
    secretMembers: [],
    shareableMembers: ['TargetPrincipal', 'DurationSeconds'],
    draftMembers: [
      'TargetPrincipal',
      'TaskPolicyArn',
      'DurationSeconds',
      'MinimumSessionTokenSize',
    ],
    defaults: { DurationSeconds: 900 },
    output: { Credentials: out.credentials, SourceIdentity: out.sourceIdentity },
    loadSchema: schemaLoader(() => import('./schemas/assume-root-schema.ts'), 'assumeRootSchema'),
  },
  GetDelegatedAccessToken: {
    name: 'GetDelegatedAccessToken',
    command: 'GetDelegatedAccessTokenCommand',
    slug: 'get-delegated-access-token',
    group: 'Get credentials',
    summary: 'Trade in a delegated access token',
    auth: 'sigv4',
    signers: sessionsWithoutUserSessions,
    result: 'credentials',
    submitLabel: 'Trade in the token',
    secretMembers: ['TradeInToken'],
    shareableMembers: [],
    draftMembers: [],
    defaults: {},
    output: {
      Credentials: out.credentials,
      PackedPolicySize: out.packedPolicySize,
      AssumedPrincipal: out.arn(false),
    },
    loadSchema: schemaLoader(
      () => import('./schemas/get-delegated-access-token-schema.ts'),
      'getDelegatedAccessTokenSchema',
    ),
  },
  GetCallerIdentity: {
    name: 'GetCallerIdentity',
    command: 'GetCallerIdentityCommand',
    slug: 'get-caller-identity',
    group: 'Inspect',
    summary: 'Who am I?',
    auth: 'sigv4',
    signers: everyone,
    result: 'identity',
    submitLabel: 'Ask STS who I am',
    secretMembers: [],
    shareableMembers: [],
    draftMembers: [],
    defaults: {},
    output: {
      UserId: out.str(false, { cap: out.CAP.id }),
      Account: out.str(false, { cap: out.CAP.id }),
      Arn: out.arn(false),
    },
    loadSchema: schemaLoader(
      () => import('./schemas/get-caller-identity-schema.ts'),
      'getCallerIdentitySchema',
    ),
  },
  GetAccessKeyInfo: {
    name: 'GetAccessKeyInfo',
    command: 'GetAccessKeyInfoCommand',
    slug: 'get-access-key-info',
    group: 'Inspect',
    summary: 'Which account owns an access key',
    auth: 'sigv4',
    signers: notFederated,
    result: 'account',
    submitLabel: 'Ask STS for the account',
    secretMembers: [],
    shareableMembers: [],
    // No access key ID in storage, though AWS does not count one a secret.
    draftMembers: [],
    defaults: {},
    output: { Account: out.str(false, { cap: out.CAP.id }) },
    loadSchema: schemaLoader(
      () => import('./schemas/get-access-key-info-schema.ts'),
      'getAccessKeyInfoSchema',
    ),
  },
  DecodeAuthorizationMessage: {
    name: 'DecodeAuthorizationMessage',
    command: 'DecodeAuthorizationMessageCommand',
    slug: 'decode-authorization-message',
    group: 'Inspect',
    summary: 'Why was I denied?',
    auth: 'sigv4',
    signers: notFederated,
    result: 'decoded-message',
    submitLabel: 'Decode message',
    secretMembers: [],
    shareableMembers: [],
    // The encoded message describes the denied request in detail: kept in memory only.
    draftMembers: [],
    defaults: {},
    output: { DecodedMessage: out.str(false, { cap: out.CAP.message }) },
    loadSchema: schemaLoader(
      () => import('./schemas/decode-authorization-message-schema.ts'),
      'decodeAuthorizationMessageSchema',
    ),
  },
  GetWebIdentityToken: {
    name: 'GetWebIdentityToken',
    command: 'GetWebIdentityTokenCommand',
    slug: 'get-web-identity-token',
    group: 'Inspect',
    summary: 'A JWT from AWS for outside services',
    auth: 'sigv4',
    signers: sessionsWithoutUserSessions,
    result: 'token',
    submitLabel: 'Get web identity token',
    secretMembers: [],
    shareableMembers: ['DurationSeconds', 'SigningAlgorithm'],
    // SigningAlgorithm has no documented default (it is required): RS256 is the console's choice.
    draftMembers: ['Audience', 'DurationSeconds', 'SigningAlgorithm', 'Tags'],
    defaults: { DurationSeconds: 300, SigningAlgorithm: 'RS256' },
    initialValues: { Audience: [''], SigningAlgorithm: 'RS256', DurationSeconds: 300 },
    output: {
      WebIdentityToken: out.str(false, { cap: out.CAP.token, sensitive: true }),
      Expiration: { kind: 'timestamp', required: false, expiration: true },
    },
    loadSchema: schemaLoader(
      () => import('./schemas/get-web-identity-token-schema.ts'),
      'getWebIdentityTokenSchema',
    ),
  },
} as const satisfies Registry;

/** Any operation's definition, when which one is known only at run time. */
export type AnyOperationDefinition = {
  [N in OperationName]: OperationDefinition<N>;
}[OperationName];

/** Every operation, in navigation order. */
export const operationList: readonly AnyOperationDefinition[] = Object.values(operations);

/** The operation whose slug this is, if any. */
export function operationBySlug(slug: string): AnyOperationDefinition | undefined {
  return operationList.find((op) => op.slug === slug);
}

/** The operation with this name, if `name` is one. */
export function operationByName(name: string): AnyOperationDefinition | undefined {
  return Object.hasOwn(operations, name) ? operations[name as OperationName] : undefined;
}

/** The first screen's operation (the route "#/"). */
export const defaultOperation = operations.AssumeRoleWithWebIdentity;

/** The registry's definition of one operation, typed for generic code. */
export function operationDefinition<N extends OperationName>(name: N): OperationDefinition<N> {
  const registry: Registry = operations;
  return registry[name];
}
