import { memo, useDeferredValue, useEffect, useRef, type ReactNode } from 'react';
import { describeDestination } from '../../lib/wallet/endpoint-binding.ts';
import { hasNoticeableClockOffset, localExpiryOf } from '../../lib/wallet/local-expiry.ts';
import { hasSessionToken } from '../../lib/wallet/session-token.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { Countdown } from '../countdown.tsx';
import { SecretText } from '../secret-text.tsx';
import { CopyButton } from '../copy-button.tsx';
import { PrincipalSummary } from './principal-summary.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { WhoAmI } from './who-am-i.tsx';
import { formatLocalDateTime } from '../../lib/time/format-local-date-time.ts';

export interface CredentialsCardProps {
  entry: WalletEntry;
  /** What else the response said: subject, provider, audience, packed policy size… */
  details?: readonly (readonly [string, ReactNode])[];
  heading?: string;
}

/** The card's tools: a dozen export formats worked out, the sign-in command, Who am I? */
const CardTools = memo(function CardTools({ entry }: { entry: WalletEntry }) {
  return (
    <>
      <ExportButtons entry={entry} />
      <WhoAmI entry={entry} />
    </>
  );
});

/**
 * The tools render at a deferred priority right after the card itself: the keys and their
 * countdown show without waiting for them. While a new set's tools are pending, the previous
 * set's stay mounted but hidden (memoised, so they do not render again), so a new set's card
 * never shows another set's tools; an update of the same set (renewed keys) keeps them in view.
 */
function AfterTheCard({ entry }: { entry: WalletEntry }) {
  const shown = useDeferredValue<WalletEntry | null>(entry, null);
  return (
    <div className="card__tools" hidden={shown?.id !== entry.id}>
      {shown === null ? null : <CardTools key={shown.id} entry={shown} />}
    </div>
  );
}

/** Temporary (or long-term) credentials: masked secrets, live expiry, identity, copy-out. */
export function CredentialsCard({ entry, details, heading }: CredentialsCardProps) {
  const { credentials, identity } = entry;
  // Shown only when STS's clock and this computer's differ by more than the Date header's
  // rounding (a few hundred ms on every call): the Expiration stays STS's own.
  const localExpiry = hasNoticeableClockOffset(entry.clockOffsetMs)
    ? localExpiryOf(entry)
    : undefined;
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    // A call just ended (focus is on its submit button, or was lost): take the user to what it
    // returned. Opened from elsewhere (the wallet), focus stays where the user put it.
    const active = document.activeElement;
    const fromSubmit = active instanceof HTMLButtonElement && active.type === 'submit';
    if (!(active === null || active === document.body || fromSubmit)) return;
    // In the next frame, not in this commit: focusing now forces a synchronous layout of the
    // whole page before the browser's own, which made every answer ~7 ms slower to show.
    const frame = requestAnimationFrame(() => {
      card.current?.focus();
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [entry.id]);
  return (
    <article
      ref={card}
      tabIndex={-1}
      className="card credentials-card"
      aria-label={heading ?? 'Credentials'}
    >
      <header className="card__header">
        <h3>{heading ?? 'Credentials'}</h3>
        {credentials.expiration ? (
          <Countdown
            expiresAt={credentials.expiration}
            clockOffsetMs={entry.clockOffsetMs}
            subject="Credentials"
          />
        ) : (
          <span className="badge badge--warning">Long-term keys — no expiry</span>
        )}
      </header>
      {identity ? <PrincipalSummary arn={identity.arn} id={identity.userId} /> : null}
      <dl className="kv">
        <div className="kv__row">
          <dt>Access key ID</dt>
          <dd className="secret">
            <code data-testid="access-key-id">{credentials.accessKeyId}</code>
            <CopyButton label="Copy access key ID" getText={() => credentials.accessKeyId}>
              Copy
            </CopyButton>
          </dd>
        </div>
        <div className="kv__row">
          <dt>Secret access key</dt>
          <dd>
            <SecretText label="Secret access key" value={credentials.secretAccessKey} />
          </dd>
        </div>
        {hasSessionToken(credentials) ? (
          <div className="kv__row">
            <dt>Session token</dt>
            <dd>
              <SecretText label="Session token" value={credentials.sessionToken} />
            </dd>
          </div>
        ) : null}
        {credentials.expiration ? (
          <div className="kv__row">
            <dt>Expiration</dt>
            <dd>
              <time dateTime={credentials.expiration.toISOString()}>
                {credentials.expiration.toISOString()}
              </time>{' '}
              <span className="kv__note">({formatLocalDateTime(credentials.expiration)})</span>
              {localExpiry ? (
                <span className="kv__note">
                  {' '}
                  by STS’s clock; this computer’s clock will read {formatLocalDateTime(localExpiry)}
                </span>
              ) : null}
            </dd>
          </div>
        ) : null}
        <div className="kv__row">
          <dt>Issued by</dt>
          <dd>
            {describeDestination(entry.binding.issuedBy)}
            {entry.binding.allowed.length > 0 ? (
              <span className="kv__note">
                ; by your choice also sent to{' '}
                {entry.binding.allowed.map(describeDestination).join(', ')}
              </span>
            ) : null}
          </dd>
        </div>
        {details?.map(([label, value]) => (
          <div key={label} className="kv__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <AfterTheCard entry={entry} />
    </article>
  );
}
