import { compareAccounts, readKeyIdOffline } from './offline-key-info.ts';

export interface AccountResultProps {
  keyId: string;
  account?: string | undefined;
}

const BADGES = {
  agree: ['badge--info', 'Agree'],
  differ: ['badge--warning', 'Disagree'],
  'offline-unknown': ['badge--neutral', 'Only STS knows'],
} as const;

/** STS's answer beside the offline decoding, with whether they agree. */
export function AccountResult({ keyId, account }: AccountResultProps) {
  const offline = readKeyIdOffline(keyId);
  const offlineAccount = offline.status === 'decoded' ? offline.account : undefined;
  const comparison = compareAccounts(offlineAccount, account);
  const [badgeClass, badgeText] = BADGES[comparison.verdict];
  return (
    <article className="card inspect-result" aria-label="Access key owner">
      <header className="card__header">
        <h3>
          Owner of <code>{keyId}</code>
        </h3>
        <span className={`badge ${badgeClass}`}>{badgeText}</span>
      </header>
      <div className="inspect-compare">
        <div className="inspect-compare__side">
          <p className="inspect-compare__label">Account from STS</p>
          <p className="inspect-compare__value">
            <code data-testid="sts-account">{account ?? '—'}</code>
          </p>
        </div>
        <div className="inspect-compare__side">
          <p className="inspect-compare__label">Decoded from the key ID</p>
          <p className="inspect-compare__value">
            <code>{offlineAccount ?? '—'}</code>
          </p>
        </div>
      </div>
      <p
        className={
          comparison.verdict === 'differ' ? 'callout callout--warning' : 'inspect-result__lead'
        }
      >
        {comparison.sentence}
      </p>
    </article>
  );
}
