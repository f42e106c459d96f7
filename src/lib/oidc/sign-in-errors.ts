// Everything that can stop a sign-in, and a sentence a person understands for each.

export type SignInError =
  | { kind: 'provider-error'; error: string; description?: string | undefined }
  | { kind: 'state-mismatch' }
  | { kind: 'missing-code' }
  | { kind: 'no-pending' }
  | { kind: 'stale' }
  | { kind: 'unknown-provider'; provider: string }
  | { kind: 'nonce-mismatch' }
  | { kind: 'issuer-mismatch'; detail: string }
  | { kind: 'discovery-failed'; issuer: string; unreachable: boolean; detail: string }
  | { kind: 'token-endpoint-unreachable'; endpoint: string }
  | { kind: 'token-error'; error: string; description?: string | undefined }
  | { kind: 'id-token-invalid'; detail: string }
  | { kind: 'signature-invalid'; detail: string }
  | { kind: 'unsupported'; detail: string }
  | { kind: 'storage-unavailable' };

const PROVIDER_ERRORS: Record<string, string> = {
  access_denied: 'You (or the provider) declined the sign-in, so no token was issued.',
  login_required: 'The provider needs you to sign in again.',
  consent_required: 'The provider needs your consent before it issues a token.',
  interaction_required: 'The provider needs you to interact with its sign-in page.',
  invalid_scope: 'The provider does not accept one of the scopes; check the scopes setting.',
  unauthorized_client:
    'The provider does not allow this client ID to use the authorization code flow.',
  invalid_request:
    'The provider rejected the request; check that the redirect URI is registered for this client ID.',
  unsupported_response_type:
    'The provider does not offer the authorization code flow to this client.',
  server_error: 'The provider had an internal error; try again in a moment.',
  temporarily_unavailable: 'The provider is temporarily unavailable; try again in a moment.',
};

function quoted(description: string | undefined): string {
  return description ? ` It said: “${description}”.` : '';
}

/** Pure: one sentence (sometimes two) explaining a sign-in failure and what to do. */
export function explainSignInError(error: SignInError, providerName: string): string {
  switch (error.kind) {
    case 'provider-error':
      return `${providerName} answered “${error.error}”: ${
        PROVIDER_ERRORS[error.error] ?? 'the sign-in did not complete.'
      }${quoted(error.description)}`;
    case 'state-mismatch':
      return 'The response’s state does not match the sign-in this tab started, so it was refused (it may have been tampered with or belong to another sign-in). Sign in again.';
    case 'missing-code':
      return `${providerName} came back without an authorization code, so there is nothing to exchange for a token. Sign in again.`;
    case 'no-pending':
      return 'The page was opened with a sign-in response, but this tab has no sign-in in progress (it finished already or started in another tab), so it was ignored. Sign in again.';
    case 'stale':
      return 'The sign-in took longer than 15 minutes, so its response was refused. Sign in again.';
    case 'unknown-provider':
      return `The provider “${error.provider}” is no longer in your settings, so the sign-in cannot be completed.`;
    case 'nonce-mismatch':
      return `The ID token’s nonce does not match this sign-in (a replayed or substituted token), so it was refused. Sign in again.`;
    case 'issuer-mismatch':
      return `The response names a different issuer than ${providerName}’s settings, so it was refused (${error.detail}).`;
    case 'discovery-failed':
      return error.unreachable
        ? `Cannot load ${providerName}’s OpenID configuration from ${error.issuer}/.well-known/openid-configuration: the provider is unreachable, blocks cross-origin requests, or is not allowed by this console’s Content-Security-Policy (set STS_CONSOLE_CONNECT_SRC when building).`
        : `${providerName}’s OpenID configuration at ${error.issuer} is not usable: ${error.detail}. Check the issuer URL.`;
    case 'token-endpoint-unreachable':
      return `The browser could not reach ${providerName}’s token endpoint (${error.endpoint}): most likely the provider does not allow cross-origin (CORS) requests from this console’s origin — register the console as a single-page application (public client) — or the Content-Security-Policy does not allow it.`;
    case 'token-error':
      return `${providerName}’s token endpoint refused the code with “${error.error}”.${quoted(
        error.description,
      )} The code may have expired or been used already; sign in again.`;
    case 'id-token-invalid':
      return `${providerName}’s ID token did not pass validation (${error.detail}), so it was refused.`;
    case 'signature-invalid':
      return `The ID token’s signature could not be verified against ${providerName}’s published keys (${error.detail}), so it was refused.`;
    case 'unsupported':
      return `${providerName} cannot be used here: ${error.detail}.`;
    case 'storage-unavailable':
      return 'This browser does not let the console keep the sign-in state in session storage for the redirect; allow site data for this page and try again.';
  }
}

/** What the provider answers a `prompt=none` sign-in with when it must show a page (OIDC Core 3.1.2.6). */
const NEEDS_A_PAGE: ReadonlySet<string> = new Set([
  'login_required',
  'interaction_required',
  'consent_required',
  'account_selection_required',
]);

/** Pure: true when a silent sign-in failed only because the user must sign in (or consent) again. */
export function needsInteractiveSignIn(error: SignInError): boolean {
  return error.kind === 'provider-error' && NEEDS_A_PAGE.has(error.error);
}
