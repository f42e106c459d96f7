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
import { focusSignInWindow } from './sign-in-window.ts';
import { openSignInWindow } from '../../../state/open-sign-in-window.ts';
import { useWalletEntries } from '../../../state/wallet.ts';
import type { OidcProvider } from '../../../lib/oidc/provider-settings.ts';

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
    case 'waiting':
      return (
        <p className="oidc-sign-in__status" role="status">
          Sign in with {status.provider} in the window that opened; this tab waits for it. Pressing
          the button again brings that window back to the front.
        </p>
      );
    case 'popup-blocked':
      // Rendered with its fallback button by OidcSignIn.
      return null;
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

function failedToLoad(provider: string): void {
  setSignInStatus({ phase: 'failed', provider, message: CODE_LOAD_FAILED });
}

/** Within the click: brings an open sign-in window back, or opens one and starts in it. */
function startPopup(provider: OidcProvider, roleArn: unknown): void {
  if (focusSignInWindow()) return;
  const popup = openSignInWindow();
  if (!popup) {
    setSignInStatus({ phase: 'popup-blocked', provider: provider.name });
    return;
  }
  import('./popup-sign-in.ts')
    .then(({ startPopupSignIn }) => startPopupSignIn(provider, roleArn, popup))
    .catch(() => {
      popup.close();
      failedToLoad(provider.name);
    });
}

/** The whole tab goes to the provider and back (today's redirect): the fallback when pop-ups are blocked. */
function startRedirect(provider: OidcProvider, roleArn: unknown): void {
  import('./start-sign-in.ts')
    .then(({ startSignIn }) => startSignIn(provider, roleArn))
    .catch(() => {
      failedToLoad(provider.name);
    });
}

function setsLost(count: number): string {
  const secrets = 'the secrets typed in the forms (tokens, assertions, MFA codes)';
  if (count === 0) return secrets;
  return `the wallet’s ${count === 1 ? 'credential set' : `${String(count)} credential sets`} and ${secrets}`;
}

/** The pop-up was blocked: say so at the button and offer the redirect, with what it loses. */
function PopupBlocked({ provider, onRedirect }: { provider: string; onRedirect: () => void }) {
  const sets = useWalletEntries().length;
  return (
    <div className="callout callout--warning oidc-sign-in__status" role="alert">
      <p>
        The browser blocked the sign-in window. Allow pop-ups for this site and press Sign in with{' '}
        {provider} again, or sign in in this tab instead: it leaves for {provider} and comes back as
        a fresh page, so <strong>{setsLost(sets)} will be lost</strong> (the forms’ other fields
        come back).
      </p>
      <button type="button" className="button button--small" onClick={onRedirect}>
        Sign in with {provider} in this tab
      </button>
    </div>
  );
}

/**
 * "Sign in with <provider>" beside the web-identity token: the OpenID Connect authorization code
 * flow with PKCE in a pop-up (this tab keeps its wallet and forms), or in this tab when pop-ups
 * are blocked; the ID token lands in the form (memory only).
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
  const blocked =
    status.phase === 'popup-blocked'
      ? providers.find((p) => p.name === status.provider)
      : undefined;
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
                startPopup(provider, getValues('RoleArn'));
              }}
            >
              Sign in with {provider.name}
            </button>
          ))}
        </div>
      ) : null}
      <StatusLine status={status} />
      {blocked ? (
        <PopupBlocked
          provider={blocked.name}
          onRedirect={() => {
            startRedirect(blocked, getValues('RoleArn'));
          }}
        />
      ) : null}
      <details className="advanced oidc-sign-in__settings">
        <summary>Identity providers</summary>
        <ProviderEditor providers={providers} />
      </details>
    </div>
  );
}
