import { operationList, type OperationGroup } from '../lib/sts/operations.ts';

const GROUPS: readonly OperationGroup[] = ['Get credentials', 'Inspect'];

/** Every operation, grouped, from the registry. */
export function Navigation({ current }: { current: string }) {
  return (
    <nav className="nav" aria-label="Operations">
      {GROUPS.map((group) => (
        <div key={group} className="nav__group">
          <h2 className="nav__heading">{group}</h2>
          <ul>
            {operationList
              .filter((op) => op.group === group)
              .map((op) => (
                <li key={op.name}>
                  <a
                    href={`#/${op.slug}`}
                    className="nav__link"
                    aria-current={current === op.slug ? 'page' : undefined}
                  >
                    <span className="nav__name">{op.name}</span>
                    <span className="nav__summary">{op.summary}</span>
                  </a>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
