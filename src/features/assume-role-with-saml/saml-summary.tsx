import type { DecodedSamlResponse } from '../../lib/decoders/saml.ts';
import { samlWarnings } from '../../lib/decoders/saml-warnings.ts';
import { Countdown } from '../../components/countdown.tsx';
import { useNow } from '../../state/clock.ts';

function Row({ label, value }: { label: string; value: string | undefined }) {
  return (
    <div className="kv__row">
      <dt>{label}</dt>
      <dd>
        {value === undefined ? <span className="kv__note">not stated</span> : <code>{value}</code>}
      </dd>
    </div>
  );
}

/** What the pasted SAMLResponse says, as text; the signature is not verified here. */
export function SamlSummary({ decoded }: { decoded: DecodedSamlResponse }) {
  const now = useNow();
  const warnings = samlWarnings(decoded, new Date(now));
  const expiry = decoded.notOnOrAfter ?? decoded.recipientNotOnOrAfter;
  return (
    <section className="card credential-ops__decoded" aria-label="Decoded SAML response">
      <header className="card__header">
        <h3>SAML response</h3>
        {expiry ? <Countdown expiresAt={expiry} subject="Assertion" /> : null}
        <span className={`badge ${decoded.signature.present ? 'badge--info' : 'badge--warning'}`}>
          {decoded.signature.present
            ? `Signed (${decoded.signature.signedElements.join(', ') || 'elsewhere'}), signature not verified here`
            : 'Unsigned'}
        </span>
      </header>
      <dl className="kv">
        <Row label="Issuer" value={decoded.issuer} />
        <Row label="Subject (NameID)" value={decoded.subject?.nameId} />
        <Row label="NameID format" value={decoded.subject?.format} />
        <Row
          label="Audience"
          value={decoded.audiences.length > 0 ? decoded.audiences.join(', ') : undefined}
        />
        <Row label="Recipient" value={decoded.recipient} />
        <Row label="NotOnOrAfter" value={expiry?.toISOString()} />
        <Row
          label="SessionDuration"
          value={
            decoded.sessionDurationSeconds === undefined
              ? undefined
              : `${decoded.sessionDurationSeconds.toLocaleString('en-US')} seconds`
          }
        />
        <Row label="RoleSessionName" value={decoded.roleSessionName} />
        {decoded.sourceIdentity !== undefined ? (
          <Row label="SourceIdentity" value={decoded.sourceIdentity} />
        ) : null}
      </dl>
      {decoded.unreadableRoleValues.length > 0 ? (
        <p className="callout callout--warning">
          Role values that are not “role ARN, provider ARN”:{' '}
          {decoded.unreadableRoleValues.map((v) => (
            <code key={v}>{v} </code>
          ))}
        </p>
      ) : null}
      {warnings.length > 0 ? (
        <ul
          className="callout callout--warning credential-ops__warnings"
          aria-label="Assertion warnings"
        >
          {warnings.map((w) => (
            <li key={w.kind}>{w.message}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
