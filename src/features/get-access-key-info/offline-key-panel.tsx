import type { OfflineKeyInfo } from './offline-key-info.ts';

/** What the key ID says about itself, decoded in the browser as the user types. */
export function OfflineKeyPanel({ info }: { info: OfflineKeyInfo }) {
  if (info.status === 'empty') return null;
  return (
    <section className="card inspect-offline" aria-label="Decoded offline">
      <header className="card__header">
        <h3>Decoded offline</h3>
        <span className="badge badge--neutral">No call made</span>
      </header>
      {info.status === 'invalid' ? (
        <p className="callout callout--warning">{info.error}</p>
      ) : (
        <dl className="kv">
          <div className="kv__row">
            <dt>Prefix</dt>
            <dd>
              <code>{info.prefix}</code> — {info.kind}
              <p className="kv__note">{info.meaning}</p>
            </dd>
          </div>
          <div className="kv__row">
            <dt>Account</dt>
            <dd>
              {info.account !== undefined ? (
                <code data-testid="offline-account">{info.account}</code>
              ) : (
                <span className="kv__note">{info.accountNote}</span>
              )}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
