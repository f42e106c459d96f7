import { describePrincipalArn } from '../../lib/decoders/arn.ts';

/** An ARN with its parts spelled out: account, role, session, user. */
export function PrincipalSummary({ arn, id }: { arn: string; id?: string | undefined }) {
  const parsed = describePrincipalArn(arn);
  const parts: [string, string][] = [];
  if (parsed.ok) {
    const p = parsed.value;
    parts.push(['Account', p.account]);
    if (p.kind === 'assumed-role') {
      parts.push(['Role', p.roleName], ['Session', p.roleSession]);
    } else if (p.kind === 'federated-user' || p.kind === 'user') {
      parts.push(['User', p.userName]);
    } else if (p.kind === 'role') {
      parts.push(['Role', p.roleName]);
    } else if (p.kind === 'root') {
      parts.push(['Principal', 'root user']);
    }
  }
  return (
    <div className="principal">
      <code className="principal__arn">{arn}</code>
      {parts.length > 0 ? (
        <dl className="principal__parts">
          {parts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
          {id ? (
            <div>
              <dt>ID</dt>
              <dd>
                <code>{id}</code>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </div>
  );
}
