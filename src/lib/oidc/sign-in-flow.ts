// The authorization code flow with PKCE (S256), state and nonce, through oauth4webapi. No React,
// no storage: callers keep the PendingSignIn across the redirect and pass the callback back in.
import * as oauth from 'oauth4webapi';
import type { PendingSignIn } from './pending-sign-in.ts';
import { isLoopbackHttp, type OidcProvider } from './provider-settings.ts';
import { err, ok, type Result } from '../result.ts';
import type { SignInError } from './sign-in-errors.ts';

/** What a completed sign-in hands to the web-identity form (kept in memory only). */
export interface SignedIn {
  provider: string;
  idToken: string;
  /** Validated claims (iss, aud, exp, nonce checked; signature verified against the JWKS). */
  claims: oauth.IDToken;
  accessToken: string;
}

export interface FlowOptions {
  /** Replaces fetch (tests). */
  fetch?: typeof fetch;
  /** Aborts a request that hangs this long; default 15 s. */
  timeoutMs?: number;
}

export interface BeginOptions extends FlowOptions {
  /** Put before the random state (pop-up sign-ins are told apart by it when the provider returns). */
  statePrefix?: string;
  /** `none`: the provider answers at once, without a page (Keep fresh's silent sign-in). */
  prompt?: 'none' | undefined;
}

type RequestOptions = oauth.HttpRequestOptions<'GET' | 'POST', URLSearchParams | undefined>;

function requestOptions(provider: OidcProvider, opts: FlowOptions): RequestOptions {
  const options: RequestOptions = {
    signal: () => AbortSignal.timeout(opts.timeoutMs ?? 15_000),
  };
  // The sandbox runs on http://127.0.0.1; oauth4webapi insists on https unless told otherwise.
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- loopback http issuers only
  if (isLoopbackHttp(provider.issuer)) options[oauth.allowInsecureRequests] = true;
  const customFetch = opts.fetch;
  if (customFetch) options[oauth.customFetch] = (url, init) => customFetch(url, init);
  return options;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Fetches and checks the provider's discovery document. */
async function discover(
  provider: OidcProvider,
  opts: FlowOptions,
): Promise<Result<oauth.AuthorizationServer, SignInError>> {
  const issuer = new URL(provider.issuer);
  let response: Response;
  try {
    response = await oauth.discoveryRequest(issuer, requestOptions(provider, opts));
  } catch (error) {
    const unreachable = error instanceof TypeError || isAbort(error);
    return err({
      kind: 'discovery-failed',
      issuer: provider.issuer,
      unreachable,
      detail: message(error),
    });
  }
  try {
    return ok(await oauth.processDiscoveryResponse(issuer, response));
  } catch (error) {
    return err({
      kind: 'discovery-failed',
      issuer: provider.issuer,
      unreachable: false,
      detail: message(error),
    });
  }
}

function isAbort(error: unknown): boolean {
  return (
    error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError')
  );
}

/** Builds the authorization request; the caller keeps `pending` and sends a window to `url`. */
export async function beginSignIn(
  provider: OidcProvider,
  redirectUri: string,
  opts: BeginOptions = {},
  now: number = Date.now(),
): Promise<Result<{ url: URL; pending: PendingSignIn }, SignInError>> {
  const discovered = await discover(provider, opts);
  if (!discovered.ok) return discovered;
  const as = discovered.value;
  if (!as.authorization_endpoint) {
    return err({
      kind: 'unsupported',
      detail: 'its configuration names no authorization endpoint',
    });
  }
  const methods = as.code_challenge_methods_supported;
  if (Array.isArray(methods) && !methods.includes('S256')) {
    return err({ kind: 'unsupported', detail: 'it does not support PKCE with S256' });
  }
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = `${opts.statePrefix ?? ''}${oauth.generateRandomState()}`;
  const nonce = oauth.generateRandomNonce();
  const url = new URL(as.authorization_endpoint);
  url.searchParams.set('client_id', provider.clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', provider.scopes);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', state);
  url.searchParams.set('nonce', nonce);
  if (provider.audience) url.searchParams.set(provider.audienceParameter, provider.audience);
  if (opts.prompt) url.searchParams.set('prompt', opts.prompt);
  return ok({
    url,
    pending: { provider: provider.name, codeVerifier, state, nonce, startedAt: now },
  });
}

/** Pure: the checks that need no network — state first, then the provider's error, then the code. */
export function checkCallback(
  params: URLSearchParams,
  pending: PendingSignIn,
): Result<URLSearchParams, SignInError> {
  if (params.get('state') !== pending.state) return err({ kind: 'state-mismatch' });
  const error = params.get('error');
  if (error !== null) {
    return err({
      kind: 'provider-error',
      error,
      description: params.get('error_description') ?? undefined,
    });
  }
  if (!params.get('code')) return err({ kind: 'missing-code' });
  return ok(params);
}

function classifyTokenError(error: unknown): SignInError {
  if (error instanceof oauth.ResponseBodyError) {
    return { kind: 'token-error', error: error.error, description: error.error_description };
  }
  if (error instanceof oauth.OperationProcessingError) {
    const cause: unknown = error.cause;
    const claim =
      typeof cause === 'object' && cause !== null && 'claim' in cause ? cause.claim : undefined;
    if (error.code === oauth.JWT_CLAIM_COMPARISON && claim === 'nonce') {
      return { kind: 'nonce-mismatch' };
    }
    return { kind: 'id-token-invalid', detail: error.message };
  }
  return { kind: 'id-token-invalid', detail: message(error) };
}

/** Completes the sign-in: checks the callback, exchanges the code, validates the ID token. */
export async function completeSignIn(
  provider: OidcProvider,
  pending: PendingSignIn,
  callback: URLSearchParams,
  redirectUri: string,
  opts: FlowOptions = {},
): Promise<Result<SignedIn, SignInError>> {
  const checked = checkCallback(callback, pending);
  if (!checked.ok) return checked;
  const discovered = await discover(provider, opts);
  if (!discovered.ok) return discovered;
  const as = discovered.value;
  const client: oauth.Client = { client_id: provider.clientId };
  const options = requestOptions(provider, opts);
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client, checked.value, pending.state);
  } catch (error) {
    return err({ kind: 'issuer-mismatch', detail: message(error) });
  }
  let response: Response;
  try {
    response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      redirectUri,
      pending.codeVerifier,
      options,
    );
  } catch (error) {
    if (error instanceof TypeError || isAbort(error)) {
      return err({ kind: 'token-endpoint-unreachable', endpoint: as.token_endpoint ?? '(none)' });
    }
    return err({ kind: 'unsupported', detail: message(error) });
  }
  let tokens: oauth.TokenEndpointResponse;
  try {
    tokens = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: pending.nonce,
      requireIdToken: true,
    });
  } catch (error) {
    return err(classifyTokenError(error));
  }
  try {
    await oauth.validateApplicationLevelSignature(as, response, options);
  } catch (error) {
    return err({ kind: 'signature-invalid', detail: message(error) });
  }
  const claims = oauth.getValidatedIdTokenClaims(tokens);
  const idToken = tokens.id_token;
  if (!claims || !idToken) return err({ kind: 'id-token-invalid', detail: 'no ID token' });
  return ok({ provider: provider.name, idToken, claims, accessToken: tokens.access_token });
}
