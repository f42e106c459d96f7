// Identity provider settings: NON-SECRET preferences (public clients only, so no client secret).
import { z } from 'zod';

/** Scopes asked for when the user leaves the field alone. */
export const DEFAULT_SCOPES = 'openid email';

/** The client the sandbox's identity provider registers for the console. */
export const SANDBOX_CLIENT_ID = 'sts-console';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
// RFC 6749 scope-token characters, separated by single spaces.
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/;
const ROLE_ARN = /^arn:[\w-]+:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

/** Pure: why a string is not an issuer the console may talk to, or undefined when it is. */
export function issuerProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter the issuer as a full URL, e.g. https://login.example.com/realms/demo.';
  }
  if (
    url.protocol !== 'https:' &&
    !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
  ) {
    return 'The issuer must use https (plain http is allowed only on 127.0.0.1 or localhost).';
  }
  if (url.username || url.password)
    return 'The issuer URL must not contain a user name or password.';
  if (url.search || url.hash) return 'The issuer URL has no query or fragment (#) part.';
  return undefined;
}

/** Pure: true when plain http is acceptable for this issuer (a loopback address, like the sandbox). */
export function isLoopbackHttp(issuer: string): boolean {
  try {
    const url = new URL(issuer);
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

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

export type OidcProvider = z.output<typeof oidcProviderSchema>;
export type OidcProviderInput = z.input<typeof oidcProviderSchema>;

/** Every saved provider, unique by name (case-insensitive). */
export const oidcSettingsSchema = z
  .object({ providers: z.array(oidcProviderSchema).max(20) })
  .superRefine((settings, ctx) => {
    const seen = new Set<string>();
    settings.providers.forEach((provider, index) => {
      const key = provider.name.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['providers', index, 'name'],
          message: `There is already a provider named "${provider.name}".`,
        });
      }
      seen.add(key);
    });
  });

export type OidcSettings = z.output<typeof oidcSettingsSchema>;

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

/** Pure: provider names compare case-insensitively. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Pure: the provider the sandbox runs, preconfigured (issuer `<sandbox>/oidc`, client `sts-console`). */
export function sandboxProvider(sandboxUrl: string): OidcProvider {
  return {
    name: 'Sandbox',
    issuer: `${sandboxUrl.replace(/\/+$/, '')}/oidc`,
    clientId: SANDBOX_CLIENT_ID,
    scopes: DEFAULT_SCOPES,
    audience: undefined,
    audienceParameter: 'audience',
    roleArn: undefined,
  };
}

/** Pure: the redirect URI to register at the provider — the folder the console is served from. */
export function redirectUriFor(pageUrl: string): string {
  return new URL('./', pageUrl).href;
}

/** Pure: settings with `provider` added, or replacing the one named `replacing` (or the same name). */
export function withProvider(
  settings: OidcSettings,
  provider: OidcProvider,
  replacing?: string,
): OidcSettings {
  const target = replacing ?? provider.name;
  const index = settings.providers.findIndex((p) => sameName(p.name, target));
  if (index === -1) return { providers: [...settings.providers, provider] };
  const providers = settings.providers
    .map((p, i) => (i === index ? provider : p))
    .filter((p, i) => i === index || !sameName(p.name, provider.name));
  return { providers };
}

/** Pure: settings without the provider named `name`. */
export function withoutProvider(settings: OidcSettings, name: string): OidcSettings {
  return { providers: settings.providers.filter((p) => !sameName(p.name, name)) };
}

/** Pure: remembers the role to prefill for a provider; ignores values that are not role ARNs. */
export function withRememberedRole(
  settings: OidcSettings,
  name: string,
  roleArn: string,
): OidcSettings {
  const trimmed = roleArn.trim();
  if (!ROLE_ARN.test(trimmed)) return settings;
  return {
    providers: settings.providers.map((p) =>
      sameName(p.name, name) ? { ...p, roleArn: trimmed } : p,
    ),
  };
}
