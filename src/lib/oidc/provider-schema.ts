// The zod schema of identity provider settings: its own chunk, loaded when stored settings are
// read or the provider editor saves (the first screen does not wait for zod).
import { z } from 'zod';
import {
  DEFAULT_SCOPES,
  issuerProblem,
  ROLE_ARN,
  sameName,
  type OidcProvider,
  type OidcSettings,
} from './provider-settings.ts';

// RFC 6749 scope-token characters, separated by single spaces.
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/;

const issuerSchema = z
  .string()
  .trim()
  .min(1, 'Enter the issuer URL.')
  .superRefine((value, ctx) => {
    const problem = issuerProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => value.replace(/\/+$/, ''));

const scopesSchema = z
  .string()
  .trim()
  .transform((value) => (value === '' ? DEFAULT_SCOPES : value.split(/\s+/).join(' ')))
  .refine((value) => value.split(' ').every((scope) => SCOPE_TOKEN.test(scope)), {
    message: 'Scopes are words separated by spaces, without quotes or backslashes.',
  })
  .refine((value) => value.split(' ').includes('openid'), {
    message: 'Include the "openid" scope: without it there is no ID token.',
  });

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => (value === '' ? undefined : value));

/** One identity provider the console can sign in with. */
export const oidcProviderSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the provider a name, e.g. "Okta" or "Keycloak".')
    .max(40, 'Keep the name to 40 characters.'),
  issuer: issuerSchema,
  clientId: z
    .string()
    .trim()
    .min(1, 'Enter the client ID registered at the provider.')
    .max(256, 'A client ID is at most 256 characters.')
    .regex(/^[\x21-\x7e]+$/, 'A client ID has no spaces or non-ASCII characters.'),
  scopes: scopesSchema.default(DEFAULT_SCOPES),
  /** Sent as `audience` (Auth0 style) or `resource` (RFC 8707), when set. */
  audience: optionalText(512, 'The audience is at most 512 characters.'),
  audienceParameter: z.enum(['audience', 'resource']).default('audience'),
  /** The role to prefill after signing in with this provider. */
  roleArn: optionalText(2048, 'A role ARN is at most 2,048 characters.').refine(
    (value) => value === undefined || ROLE_ARN.test(value),
    { message: 'Enter a role ARN like arn:aws:iam::111122223333:role/WebIdentityDemo.' },
  ),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time: the schema's output is exactly the provider type the rest of the console uses. */
export const schemaMatchesProviderType: Same<
  z.output<typeof oidcProviderSchema>,
  OidcProvider
> = true;

/** Pure: what storage held, keeping each provider that still validates (others are dropped). */
export function parseOidcSettings(raw: unknown): OidcSettings | undefined {
  if (typeof raw !== 'object' || raw === null || !('providers' in raw)) return undefined;
  const list: unknown = raw.providers;
  if (!Array.isArray(list)) return undefined;
  const providers: OidcProvider[] = [];
  for (const item of list.slice(0, 20)) {
    const parsed = oidcProviderSchema.safeParse(item);
    if (parsed.success && !providers.some((p) => sameName(p.name, parsed.data.name))) {
      providers.push(parsed.data);
    }
  }
  return { providers };
}
