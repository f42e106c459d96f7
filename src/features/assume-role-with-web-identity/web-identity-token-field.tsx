import { useEffect, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { TextField } from '../../components/form/text-field.tsx';
import { LazyTokenView as TokenView } from '../../components/token/lazy-token-view.tsx';
import { embeddedSandboxUrl } from '../../state/endpoint-settings-store.ts';
import { OidcSignIn } from './oidc-sign-in/oidc-sign-in.tsx';
import { forgetUnlessVerified, useVerifiedIssuer } from './oidc-sign-in/verified-token.ts';
import { RevealToggle } from '../../components/form/reveal-toggle.tsx';
import { useOperationForm } from '../../components/form/use-operation-form.ts';
import { tokenSummary } from './lazy-token-summary.ts';

/** The token textarea (masked) with the decoded token beneath it and a session-name suggestion. */
export function WebIdentityTokenField() {
  const [revealed, setRevealed] = useState(false);
  const { setValue, setFocus, control, watch } = useOperationForm<'AssumeRoleWithWebIdentity'>();
  const token: unknown = useWatch({ control, name: 'WebIdentityToken' });
  // "Signature verified" only for the very token the sign-in checked: any other text (typed,
  // pasted, a restored draft) makes the console forget it.
  const verifiedBy = useVerifiedIssuer(token);
  useEffect(() => {
    const watching = watch((values) => {
      forgetUnlessVerified(values.WebIdentityToken);
    });
    return () => {
      watching.unsubscribe();
    };
  }, [watch]);
  const sessionName: unknown = useWatch({ control, name: 'RoleSessionName' });
  // Decoded once per token, not on every render (the view below memoizes on this object).
  const reading = tokenSummary.useLoaded();
  const summary = useMemo(
    () =>
      reading && typeof token === 'string' && token.trim() !== ''
        ? reading.summarizeToken(token)
        : undefined,
    [reading, token],
  );
  const decoded = summary?.decoded;
  const suggestion = summary?.sessionName;
  const sandboxIssuer =
    summary?.issuer !== undefined &&
    embeddedSandboxUrl !== undefined &&
    summary.issuer.startsWith(embeddedSandboxUrl);
  return (
    <div className="token-field">
      <TextField
        name="WebIdentityToken"
        label="Web identity token"
        required
        rows={3}
        secret
        revealed={revealed}
        placeholder="Paste an OpenID Connect ID token (eyJ…)"
        hint={
          embeddedSandboxUrl ? (
            <>
              A sandbox token: <code>npm run sandbox -- token</code>
            </>
          ) : undefined
        }
      />
      {/* One row for the reveal and the sign-in: the fields below stay above the fold. */}
      <div className="token-field__tools">
        <RevealToggle
          what="token"
          revealed={revealed}
          onToggle={() => {
            setRevealed((r) => !r);
          }}
        />
        <OidcSignIn />
      </div>
      {decoded && !decoded.ok ? (
        <p className="callout callout--warning">This does not look like a JWT: {decoded.error}</p>
      ) : null}
      {decoded?.ok ? (
        <TokenView
          decoded={decoded.value}
          verifiedBy={verifiedBy}
          compact
          ignoreWarnings={sandboxIssuer ? ['issuer-not-https'] : undefined}
        />
      ) : null}
      {suggestion && suggestion !== sessionName ? (
        <p className="suggestion">
          Session name from the token: <code>{suggestion}</code>{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setValue('RoleSessionName', suggestion, { shouldValidate: true, shouldDirty: true });
              // The button goes away once used: keep focus on the field it filled in.
              setFocus('RoleSessionName');
            }}
          >
            Use it
          </button>
        </p>
      ) : null}
    </div>
  );
}
