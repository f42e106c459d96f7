import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { useOidcSettings } from './oidc-settings-store.ts';
import { lazyComponent } from '../../../components/lazy-component.tsx';
import { prefillFromSignIn } from './sign-in-prefill.ts';
import { rememberVerifiedToken } from './verified-token.ts';
import {
  setSignInStatus,
  takeHandoff,
  useSignInStatus,
  type SignInStatus,
} from './sign-in-status.ts';
import './oidc-sign-in.css';
import { codeLoadFailure } from '../../../components/code-load-failure.ts';

/** The sign-in code loads on demand; this is what to say when it cannot be fetched. */
const CODE_LOAD_FAILED = codeLoadFailure('sign-in code', 'Press the button again.');

const ProviderEditor = lazyComponent('the identity provider settings', () =>
  import('./provider-editor.tsx').then((m) => m.ProviderEditor),
).Component;

function StatusLine({ status }: { status: SignInStatus }) {
  switch (status.phase) {
    case 'idle':
      return null;
    case 'redirecting':
      return (
        <p className="oidc-sign-in__status" role="status">
          Going to {status.provider}…
        </p>
      );
    case 'completing':
      return (
        <p className="oidc-sign-in__status" role="status">
          Completing the sign-in with {status.provider}…
        </p>
      );
    case 'signed-in':
      return (
        <p className="callout callout--info oidc-sign-in__status" role="status">
          Signed in with {status.provider} as <strong>{status.subject}</strong>. The ID token was
          checked (issuer, audience, expiry, nonce, signature against the provider’s keys) and put
          into Web identity token.
        </p>
      );
    case 'failed':
      return (
        <p className="callout callout--error oidc-sign-in__status" role="alert">
          Sign-in with {status.provider} failed. {status.message}
        </p>
      );
  }
}

/**
 * "Sign in with <provider>" beside the web-identity token: the OpenID Connect authorization code
 * flow with PKCE; the ID token lands in the form (memory only).
 */
export function OidcSignIn() {
  const { providers } = useOidcSettings();
  const status = useSignInStatus();
  const { getValues, setValue } = useFormContext();
  useEffect(() => {
    if (status.phase !== 'signed-in' || !status.handoff) return;
    const handoff = takeHandoff();
    if (!handoff) return;
    // Before the token lands in the field, so its first render there already says it was verified.
    rememberVerifiedToken(handoff.idToken, handoff.issuer);
    for (const [name, value] of prefillFromSignIn(handoff, getValues())) {
      setValue(name, value, { shouldDirty: true });
    }
  }, [status, getValues, setValue]);
  const busy = status.phase === 'redirecting' || status.phase === 'completing';
  return (
    <div className="oidc-sign-in">
      {providers.length > 0 ? (
        <div className="oidc-sign-in__buttons" role="group" aria-label="Sign in to get a token">
          <span className="oidc-sign-in__or">Get a token:</span>
          {providers.map((provider) => (
            <button
              key={provider.name}
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => {
                const roleArn: unknown = getValues('RoleArn');
                import('./start-sign-in.ts')
                  .then(({ startSignIn }) => startSignIn(provider, roleArn))
                  .catch(() => {
                    setSignInStatus({
                      phase: 'failed',
                      provider: provider.name,
                      message: CODE_LOAD_FAILED,
                    });
                  });
              }}
            >
              Sign in with {provider.name}
            </button>
          ))}
        </div>
      ) : null}
      <StatusLine status={status} />
      <details className="advanced oidc-sign-in__settings">
        <summary>Identity providers</summary>
        <ProviderEditor providers={providers} />
      </details>
    </div>
  );
}
