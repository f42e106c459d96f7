// The sandbox's OpenID provider: oidc-provider 8 mounted under the issuer's path (e.g. /oidc),
// with one registered public client, `sts-console` (authorization code + PKCE S256), ID tokens
// signed RS256 with the committed demo key, our own sign-in/consent pages, and CORS on the token
// and userinfo endpoints for the console's origins (discovery and JWKS are open to every origin).
//
// Notes for the integrator:
// - rp-initiated logout and resource indicators are switched off: the console needs neither, and
//   an ignored `resource` parameter is friendlier than an `invalid_target` error in a demo.
// - Scopes: openid, email, profile. The ID token carries sub, email, email_verified, aud
//   "sts-console", iss, iat, exp, auth_time, amr, nonce (when sent) and at_hash.
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider from 'oidc-provider';
import type { Configuration } from 'oidc-provider';
import { oidcSigningJwk } from './demo-keys.ts';
import { createMemoryAdapterClass } from './oidc-memory-adapter.ts';
import { interactionPageCsp, renderErrorPage } from './oidc-interaction-pages.ts';
import { createInteractionRoutes, emailForUsername } from './oidc-interactions.ts';

export interface OidcProviderOptions {
  /** e.g. http://127.0.0.1:5174/oidc; its path is where the provider is mounted. */
  issuer: string;
  /** e.g. ["http://127.0.0.1:5173"]; each gets `<origin>/` and `<origin>/callback` as redirect URIs. */
  consoleOrigins: string[];
}

export interface OidcProviderHandle {
  /** Serves any request whose path starts with the issuer's path; pass it unchanged. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  close(): Promise<void>;
}

/** The client ID the console registers with the sandbox provider. */
export const consoleClientId = 'sts-console';

// Signs the provider's cookies. Demo value, like the keys: the sandbox is local only.
const cookieSigningKeys = ['sts-console-sandbox-cookie-key-not-secret'];

function configuration(opts: OidcProviderOptions, mountPath: string): Configuration {
  const origins = opts.consoleOrigins.map((origin) => origin.replace(/\/+$/, ''));
  // SameSite=Lax (oidc-provider's default for the session cookie is None, which browsers drop
  // on plain-http origins without Secure).
  const cookieOptions = { httpOnly: true, sameSite: 'lax', signed: true };
  return {
    adapter: createMemoryAdapterClass(),
    clients: [
      {
        client_id: consoleClientId,
        client_name: 'sts-console',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        redirect_uris: origins.flatMap((origin) => [`${origin}/`, `${origin}/callback`]),
        grant_types: ['authorization_code'],
        response_types: ['code'],
        id_token_signed_response_alg: 'RS256',
      },
    ],
    jwks: { keys: [{ ...oidcSigningJwk(), use: 'sig' }] },
    cookies: { keys: cookieSigningKeys, long: cookieOptions, short: cookieOptions },
    scopes: ['openid', 'email', 'profile'],
    claims: {
      openid: ['sub', 'email', 'email_verified'],
      email: ['email', 'email_verified'],
      profile: ['name', 'preferred_username'],
      amr: null,
      auth_time: null,
    },
    responseTypes: ['code'],
    conformIdTokenClaims: false,
    clientBasedCORS: (_ctx, origin) => origins.includes(origin),
    findAccount: (_ctx, sub) =>
      Promise.resolve({
        accountId: sub,
        claims: () =>
          Promise.resolve({
            sub,
            email: emailForUsername(sub),
            email_verified: true,
            name: sub,
            preferred_username: sub,
          }),
      }),
    pkce: { methods: ['S256'], required: () => true },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      resourceIndicators: { enabled: false },
    },
    interactions: { url: (_ctx, interaction) => `${mountPath}/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.set('content-security-policy', interactionPageCsp([]));
      ctx.body = renderErrorPage(out);
      return Promise.resolve();
    },
  };
}

/** Starts an oidc-provider instance for the sandbox and returns its request handler. */
export function createOidcProvider(opts: OidcProviderOptions): Promise<OidcProviderHandle> {
  const mountPath = new URL(opts.issuer).pathname.replace(/\/+$/, '');
  const provider = new Provider(opts.issuer, configuration(opts, mountPath));
  const callback = provider.callback();
  const interactions = createInteractionRoutes(provider, {
    mountPath,
    consoleOrigins: opts.consoleOrigins,
    clientName: 'sts-console',
  });

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? '/';
    const pathname = url.split('?')[0] ?? '/';
    const route = interactions.match(pathname);
    if (route) {
      void interactions.handle(req, res, route);
      return;
    }
    // oidc-provider's routes are relative to its mount point; it rebuilds absolute URLs from
    // originalUrl (as under Express), so discovery names /oidc/... correctly.
    const inner = url.startsWith(mountPath) ? url.slice(mountPath.length) : url;
    Object.assign(req, { originalUrl: url, url: inner.startsWith('/') ? inner : `/${inner}` });
    callback(req, res);
  };

  return Promise.resolve({
    handle,
    close: () => {
      provider.removeAllListeners();
      return Promise.resolve();
    },
  });
}
