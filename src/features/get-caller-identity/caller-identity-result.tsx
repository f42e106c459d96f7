import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { PrincipalSummary } from '../../components/credentials/principal-summary.tsx';
import { CopyButton } from '../../components/copy-button.tsx';
import { compareIdentity, describeCaller } from './describe-caller.ts';

export interface CallerIdentityResultProps {
  output: { Arn?: string | undefined; UserId?: string | undefined; Account?: string | undefined };
  signer?: WalletEntry | undefined;
}

/** The answer of GetCallerIdentity: the ARN broken down and what kind of principal it is. */
export function CallerIdentityResult({ output, signer }: CallerIdentityResultProps) {
  const arn = output.Arn ?? '';
  const described = describeCaller(arn);
  const agreement = compareIdentity(signer?.identity?.arn, output.Arn);
  return (
    <article className="card inspect-result" aria-label="Caller identity">
      <header className="card__header">
        <h3>You are</h3>
        <span className="badge badge--info">{described.kind}</span>
      </header>
      <p className="inspect-result__lead">{described.sentence}</p>
      <PrincipalSummary arn={arn} id={output.UserId} />
      <dl className="kv">
        <div className="kv__row">
          <dt>Account</dt>
          <dd>
            <code>{output.Account}</code>
          </dd>
        </div>
        <div className="kv__row">
          <dt>User ID</dt>
          <dd>
            <code>{output.UserId}</code>
          </dd>
        </div>
        <div className="kv__row">
          <dt>ARN</dt>
          <dd className="secret">
            <code>{arn}</code>
            <CopyButton label="Copy ARN" getText={() => arn}>
              Copy
            </CopyButton>
          </dd>
        </div>
        {signer ? (
          <div className="kv__row">
            <dt>Signed with</dt>
            <dd>
              {signer.label} <code>{signer.credentials.accessKeyId}</code>
              {agreement === 'differ' ? (
                <p className="callout callout--warning">
                  The console recorded these credentials as <code>{signer.identity?.arn}</code>, but
                  STS says they belong to the ARN above.
                </p>
              ) : null}
            </dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
