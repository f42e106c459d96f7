import { draftTrustChange } from '../../lib/iam/draft-trust-change.ts';
import { evaluateTrustPolicy } from '../../lib/iam/evaluate-trust-policy.ts';
import { explainTrustVerdict } from '../../lib/iam/explain-trust-verdict.ts';
import type {
  ActionDecision,
  StatementVerdict,
  TrustPolicy,
  TrustRequest,
} from '../../lib/iam/trust-policy-types.ts';
import { CopyButton } from '../copy-button.tsx';

export interface TrustVerdictViewProps {
  policy: TrustPolicy;
  request: TrustRequest;
}

function Values({ values, empty }: { values: readonly string[] | undefined; empty: string }) {
  if (values === undefined || values.length === 0) return <span className="kv__note">{empty}</span>;
  return values.map((v, i) => (
    <code key={`${String(i)}-${v}`} className="trust-check__value">
      {v}
    </code>
  ));
}

function Met({ met }: { met: boolean }) {
  return (
    <td className={met ? 'trust-check__met' : 'trust-check__unmet'}>{met ? 'met' : 'not met'}</td>
  );
}

function StatementTable({ verdict }: { verdict: StatementVerdict }) {
  const s = verdict.statement;
  const name = `Statement ${String(s.index)}${s.sid === undefined ? '' : ` (${s.sid})`}`;
  return (
    <div className="trust-check__scroll" tabIndex={0} role="group" aria-label={name}>
      <table className="trust-check__table">
        <caption>
          {name}: {s.effect}, {verdict.applies ? 'applies to this request' : 'does not apply'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Policy</th>
            <th scope="col">Request</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Principal</th>
            <td>
              <Values values={verdict.principal.expected} empty="(none of this type)" />
            </td>
            <td>
              <Values values={verdict.principal.actual} empty="(unknown)" />
            </td>
            <Met met={verdict.principal.met} />
          </tr>
          <tr>
            <th scope="row">Action</th>
            <td>
              <Values values={verdict.action.expected} empty="(none)" />
            </td>
            <td>
              <Values values={verdict.action.actual} empty="(none)" />
            </td>
            <Met met={verdict.action.met} />
          </tr>
          {verdict.conditions.map((c, i) => (
            <tr key={`${String(i)}-${c.operator}-${c.key}`}>
              <th scope="row">
                <code>{c.operator}</code> <code>{c.key}</code>
              </th>
              <td>
                <Values values={c.expected} empty="(no value)" />
              </td>
              <td>
                <Values values={c.actual} empty="(not in the request)" />
                {c.note !== undefined && <span className="trust-check__note">{c.note}</span>}
              </td>
              <Met met={c.met} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DecisionView({ decision }: { decision: ActionDecision }) {
  const label =
    decision.decision === 'allowed'
      ? 'allowed'
      : decision.decision === 'explicit-deny'
        ? 'denied by an explicit Deny'
        : 'not allowed (no statement allows it)';
  return (
    <section
      className="trust-check__action"
      aria-label={`Trust policy verdict for ${decision.action}`}
    >
      <h4 className="trust-check__heading">
        <code>{decision.action}</code>: {label}
      </h4>
      {decision.statements.map((v) => (
        <StatementTable key={v.statement.index} verdict={v} />
      ))}
    </section>
  );
}

/** The verdict for every requested action, statement by statement, and a drafted change. */
export function TrustVerdictView({ policy, request }: TrustVerdictViewProps) {
  const verdict = evaluateTrustPolicy(policy, request);
  const why = explainTrustVerdict(verdict);
  const draft = draftTrustChange(policy, verdict, request);
  return (
    <div className="trust-check__result">
      <p
        className={`callout ${why === undefined ? 'callout--info' : 'callout--error'}`}
        role="status"
      >
        {why ??
          `allowed: the trust policy allows ${request.actions.join(' and ')} for this request`}
      </p>
      {verdict.actions.map((d) => (
        <DecisionView key={d.action} decision={d} />
      ))}
      {draft !== undefined && (
        <section className="trust-check__draft" aria-label="Suggested trust policy change">
          <h4 className="trust-check__heading">
            Suggestion: a change that would allow this request
          </h4>
          <p className="field__hint">
            Not applied anywhere. Review it before you edit the role: it admits exactly this
            request, and may admit more than you want.
          </p>
          <ul className="condition-keys">
            {draft.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          {/* Focusable: the block scrolls, and a keyboard user must be able to scroll it. */}
          <pre className="code-block" tabIndex={0} aria-label="Suggested trust policy">
            {draft.policyJson}
          </pre>
          <CopyButton label="Copy the suggested trust policy" getText={() => draft.policyJson}>
            Copy suggested policy
          </CopyButton>
        </section>
      )}
    </div>
  );
}
