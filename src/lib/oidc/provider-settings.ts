// Identity provider settings: NON-SECRET preferences (public clients only, so no client secret).

/** Scopes asked for when the user leaves the field alone. */
export const DEFAULT_SCOPES = 'openid email';

/** The client the sandbox's identity provider registers for the console. */
export const SANDBOX_CLIENT_ID = 'sts-console';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** What a role ARN to prefill must look like. */
export const ROLE_ARN = /^arn:[\w-]+:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

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

/** One identity provider the console can sign in with (validated by provider-schema.ts). */
export interface OidcProvider {
  name: string;
  /** Without a trailing slash. */
  issuer: string;
  clientId: string;
  /** Space-separated, always including "openid". */
  scopes: string;
  /** Sent as `audience` (Auth0 style) or `resource` (RFC 8707), when set. */
  audience: string | undefined;
  audienceParameter: 'audience' | 'resource';
  /** The role to prefill after signing in with this provider. */
  roleArn: string | undefined;
}

/** Every saved provider, unique by name (case-insensitive). */
export interface OidcSettings {
  providers: OidcProvider[];
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
