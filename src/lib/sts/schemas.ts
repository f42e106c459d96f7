import type {
  AssumeRoleCommandInput,
  AssumeRoleWithSAMLCommandInput,
  AssumeRoleWithWebIdentityCommandInput,
  AssumeRootCommandInput,
  DecodeAuthorizationMessageCommandInput,
  GetAccessKeyInfoCommandInput,
  GetCallerIdentityCommandInput,
  GetDelegatedAccessTokenCommandInput,
  GetFederationTokenCommandInput,
  GetSessionTokenCommandInput,
  GetWebIdentityTokenCommandInput,
} from '@aws-sdk/client-sts';
import type { z } from 'zod';
import { assumeRoleSchema } from './schemas/assume-role-schema.ts';
import { assumeRoleWithSamlSchema } from './schemas/assume-role-with-saml-schema.ts';
import { assumeRoleWithWebIdentitySchema } from './schemas/assume-role-with-web-identity-schema.ts';
import { assumeRootSchema } from './schemas/assume-root-schema.ts';
import { decodeAuthorizationMessageSchema } from './schemas/decode-authorization-message-schema.ts';
import { getAccessKeyInfoSchema } from './schemas/get-access-key-info-schema.ts';
import { getCallerIdentitySchema } from './schemas/get-caller-identity-schema.ts';
import { getDelegatedAccessTokenSchema } from './schemas/get-delegated-access-token-schema.ts';
import { getFederationTokenSchema } from './schemas/get-federation-token-schema.ts';
import { getSessionTokenSchema } from './schemas/get-session-token-schema.ts';
import { getWebIdentityTokenSchema } from './schemas/get-web-identity-token-schema.ts';

/** The eleven STS operations. */
export type OperationName =
  | 'AssumeRole'
  | 'AssumeRoleWithWebIdentity'
  | 'AssumeRoleWithSAML'
  | 'AssumeRoot'
  | 'GetSessionToken'
  | 'GetFederationToken'
  | 'GetCallerIdentity'
  | 'GetAccessKeyInfo'
  | 'DecodeAuthorizationMessage'
  | 'GetWebIdentityToken'
  | 'GetDelegatedAccessToken';

/** Every operation once, in the console's order. */
export const operationNames: readonly OperationName[] = [
  'AssumeRole',
  'AssumeRoleWithWebIdentity',
  'AssumeRoleWithSAML',
  'AssumeRoot',
  'GetSessionToken',
  'GetFederationToken',
  'GetCallerIdentity',
  'GetAccessKeyInfo',
  'DecodeAuthorizationMessage',
  'GetWebIdentityToken',
  'GetDelegatedAccessToken',
];

/** The SDK input type of each operation. */
export interface OperationInputs {
  AssumeRole: AssumeRoleCommandInput;
  AssumeRoleWithWebIdentity: AssumeRoleWithWebIdentityCommandInput;
  AssumeRoleWithSAML: AssumeRoleWithSAMLCommandInput;
  AssumeRoot: AssumeRootCommandInput;
  GetSessionToken: GetSessionTokenCommandInput;
  GetFederationToken: GetFederationTokenCommandInput;
  GetCallerIdentity: GetCallerIdentityCommandInput;
  GetAccessKeyInfo: GetAccessKeyInfoCommandInput;
  DecodeAuthorizationMessage: DecodeAuthorizationMessageCommandInput;
  GetWebIdentityToken: GetWebIdentityTokenCommandInput;
  GetDelegatedAccessToken: GetDelegatedAccessTokenCommandInput;
}

/** What `operationSchemas` guarantees: each schema's output is the SDK's input for that operation. */
export type OperationSchemas = { readonly [O in OperationName]: z.ZodType<OperationInputs[O]> };

/**
 * The model-exact input schema of every operation (plus the documented limits the model omits).
 * `satisfies` keeps each entry's precise zod type (its `.shape`, its input type for forms).
 */
export const operationSchemas = {
  AssumeRole: assumeRoleSchema,
  AssumeRoleWithWebIdentity: assumeRoleWithWebIdentitySchema,
  AssumeRoleWithSAML: assumeRoleWithSamlSchema,
  AssumeRoot: assumeRootSchema,
  GetSessionToken: getSessionTokenSchema,
  GetFederationToken: getFederationTokenSchema,
  GetCallerIdentity: getCallerIdentitySchema,
  GetAccessKeyInfo: getAccessKeyInfoSchema,
  DecodeAuthorizationMessage: decodeAuthorizationMessageSchema,
  GetWebIdentityToken: getWebIdentityTokenSchema,
  GetDelegatedAccessToken: getDelegatedAccessTokenSchema,
} as const satisfies OperationSchemas;

/**
 * Values STS uses when a member is left out, as the docs state them (for placeholders; never
 * sent). SigningAlgorithm has no documented default (it is required): RS256 is the console's
 * suggestion.
 */
export const operationDefaults: {
  readonly [O in OperationName]: Readonly<Partial<OperationInputs[O]>>;
} = {
  AssumeRole: { DurationSeconds: 3600 },
  AssumeRoleWithWebIdentity: { DurationSeconds: 3600 },
  AssumeRoleWithSAML: { DurationSeconds: 3600 },
  AssumeRoot: { DurationSeconds: 900 },
  GetSessionToken: { DurationSeconds: 43200 },
  GetFederationToken: { DurationSeconds: 43200 },
  GetCallerIdentity: {},
  GetAccessKeyInfo: {},
  DecodeAuthorizationMessage: {},
  GetWebIdentityToken: { DurationSeconds: 300, SigningAlgorithm: 'RS256' },
  GetDelegatedAccessToken: {},
};
