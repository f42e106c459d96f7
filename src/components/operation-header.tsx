import type { AnyOperationDefinition } from '../lib/sts/operations.ts';

/** The operation's name, what it does and how it is signed. */
export function OperationHeader({
  info,
}: {
  info: Pick<AnyOperationDefinition, 'name' | 'summary' | 'auth'>;
}) {
  return (
    <header className="operation-header">
      <h2 id="operation-title">{info.name}</h2>
      <p className="operation-header__summary">
        {info.summary}
        <span className={`badge ${info.auth === 'anonymous' ? 'badge--neutral' : 'badge--info'}`}>
          {info.auth === 'anonymous' ? 'Unsigned call' : 'Signed with SigV4'}
        </span>
      </p>
    </header>
  );
}
