import { decodeJwt } from '../../lib/decoders/jwt.ts';
import { Countdown } from '../../components/countdown.tsx';
import { SecretText } from '../../components/secret-text.tsx';
import { LazyTokenView as TokenView } from '../../components/token/lazy-token-view.tsx';
import { embeddedSandboxUrl } from '../../state/endpoint-settings-store.ts';
import { formatLocalDateTime } from '../../lib/time/format-local-date-time.ts';

export interface WebIdentityTokenResultProps {
  token: string;
  expiration?: Date | undefined;
}

/** The JWT AWS signed: masked and copyable, decoded in the same view as pasted tokens. */
export function WebIdentityTokenResult({ token, expiration }: WebIdentityTokenResultProps) {
  const decoded = decodeJwt(token);
  const fromSandbox = embeddedSandboxUrl !== undefined;
  return (
    <article className="card inspect-result" aria-label="Web identity token">
      <header className="card__header">
        <h3>Web identity token</h3>
        {expiration ? <Countdown expiresAt={expiration} subject="Token" /> : null}
      </header>
      <p className="inspect-result__lead">
        A JWT signed by AWS that outside services can verify against the account&apos;s issuer. It
        is a credential: keep it secret.
      </p>
      <dl className="kv">
        <div className="kv__row">
          <dt>Token</dt>
          <dd>
            <SecretText label="Web identity token" value={token} />
          </dd>
        </div>
        {expiration ? (
          <div className="kv__row">
            <dt>Expiration</dt>
            <dd>
              <time dateTime={expiration.toISOString()}>{expiration.toISOString()}</time>{' '}
              <span className="kv__note">({formatLocalDateTime(expiration)})</span>
            </dd>
          </div>
        ) : null}
      </dl>
      {decoded.ok ? (
        <TokenView
          decoded={decoded.value}
          title="Decoded web identity token"
          ignoreWarnings={fromSandbox ? ['issuer-not-https'] : undefined}
        />
      ) : (
        <p className="callout callout--warning">
          STS returned a token the console cannot decode: {decoded.error}
        </p>
      )}
    </article>
  );
}
