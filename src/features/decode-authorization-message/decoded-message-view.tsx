import type { DecodedAuthorizationMessage } from '../../lib/decoders/decoded-authorization-message.ts';
import { PrincipalSummary } from '../../components/credentials/principal-summary.tsx';
import { CopyButton } from '../../components/copy-button.tsx';
import { conditionRows, mfaHint, prettyJson, verdictOf } from './authorization-display.ts';
import { ConditionTable, StatementList } from './statement-list.tsx';

/** A decoded authorization message as a person reads it, with the raw JSON underneath. */
export function DecodedMessageView({ message }: { message: DecodedAuthorizationMessage }) {
  const verdict = verdictOf(message);
  const raw = prettyJson(message.raw);
  const { principal } = message;
  const mfa = mfaHint(message);
  return (
    <article className="card inspect-result" aria-label="Decoded authorization message">
      <div className={`inspect-verdict inspect-verdict--${verdict.tone}`} role="status">
        <p className="inspect-verdict__headline">{verdict.headline}</p>
        <p>{verdict.explanation}</p>
      </div>
      {mfa === undefined ? null : <p className="callout callout--warning">{mfa}</p>}
      <dl className="kv">
        <div className="kv__row">
          <dt>Principal</dt>
          <dd>
            {principal.arn !== undefined ? (
              <PrincipalSummary arn={principal.arn} id={principal.id} />
            ) : (
              <code>{principal.id ?? principal.name ?? '—'}</code>
            )}
            {principal.name !== undefined && principal.arn !== undefined ? (
              <span className="kv__note"> name {principal.name}</span>
            ) : null}
          </dd>
        </div>
        <div className="kv__row">
          <dt>Action</dt>
          <dd>
            <code>{message.action ?? '—'}</code>
          </dd>
        </div>
        <div className="kv__row">
          <dt>Resource</dt>
          <dd>
            <code>{message.resource ?? '—'}</code>
          </dd>
        </div>
      </dl>
      <ConditionTable
        caption="Request context: condition keys and values"
        rows={conditionRows(message.conditions)}
      />
      <h3 className="inspect-result__subhead">Matched statements</h3>
      {message.matchedStatements.length > 0 ? (
        <StatementList statements={message.matchedStatements} />
      ) : (
        <p className="kv__note">
          {verdict.tone === 'implicit-deny'
            ? 'None: no statement allowed or denied this request.'
            : 'STS listed no matched statements.'}
        </p>
      )}
      {message.failures.length > 0 ? (
        <>
          <h3 className="inspect-result__subhead">Failures</h3>
          <ul className="inspect-list">
            {message.failures.map((failure, index) => (
              <li key={`${String(index)}-${failure}`}>
                <code>{failure}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <details className="token-view__more">
        <summary>Raw JSON</summary>
        <pre className="code-block" data-testid="raw-json" tabIndex={0}>
          {raw}
        </pre>
        <CopyButton label="Copy raw JSON" getText={() => raw}>
          Copy JSON
        </CopyButton>
      </details>
    </article>
  );
}
