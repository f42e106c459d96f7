import type {
  AuthorizationCondition,
  MatchedStatement,
} from '../../lib/decoders/decoded-authorization-message.ts';
import { conditionRows } from './authorization-display.ts';

/** Condition keys and their values as a table. */
export function ConditionTable({
  caption,
  rows,
}: {
  caption: string;
  rows: readonly AuthorizationCondition[];
}) {
  if (rows.length === 0) return <p className="kv__note">{caption}: none.</p>;
  return (
    <table className="inspect-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Values</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={`${String(index)}-${row.key}`}>
            <th scope="row">
              <code>{row.key}</code>
            </th>
            <td>
              {row.values.length === 0 ? (
                <span className="kv__note">(no value)</span>
              ) : (
                row.values.map((v, i) => (
                  <code key={`${String(i)}-${v}`} className="inspect-table__value">
                    {v}
                  </code>
                ))
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Values({ label, values }: { label: string; values: readonly string[] }) {
  if (values.length === 0) return null;
  return (
    <div className="kv__row">
      <dt>{label}</dt>
      <dd>
        {values.map((v, i) => (
          <code key={`${String(i)}-${v}`} className="inspect-table__value">
            {v}
          </code>
        ))}
      </dd>
    </div>
  );
}

/** The statements STS says matched the request: effect, actions, resources, principals. */
export function StatementList({ statements }: { statements: readonly MatchedStatement[] }) {
  return (
    <ol className="inspect-statements">
      {statements.map((s, index) => (
        <li key={`${String(index)}-${s.statementId ?? ''}`} className="inspect-statement">
          <p>
            <span
              className={`badge ${s.effect?.toLowerCase() === 'deny' ? 'badge--warning' : 'badge--info'}`}
            >
              {s.effect ?? 'Effect not given'}
            </span>{' '}
            {s.statementId ? <code>{s.statementId}</code> : null}
          </p>
          <dl className="kv">
            <Values label="Actions" values={s.actions} />
            <Values label="Resources" values={s.resources} />
            <Values label="Principals" values={s.principals} />
            <Values label="Principal groups" values={s.principalGroups} />
          </dl>
          {s.conditions.length > 0 ? (
            <ConditionTable caption="Statement conditions" rows={conditionRows(s.conditions)} />
          ) : null}
        </li>
      ))}
    </ol>
  );
}
