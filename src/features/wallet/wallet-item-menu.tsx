import { useRef } from 'react';
import { useDismissableDetails } from '../../components/popover/use-dismissable-details.ts';

export interface WalletItemMenuProps {
  label: string;
  /** Present when the call that made the set can be repeated. */
  onRunAgain?: (() => void) | undefined;
  /** Present while the set can sign: AssumeRole signed by it. */
  onAssumeFrom?: (() => void) | undefined;
  onRemove: () => void;
}

/** A set's secondary actions, out of the way until asked for. */
export function WalletItemMenu({ label, onRunAgain, onAssumeFrom, onRemove }: WalletItemMenuProps) {
  const menu = useRef<HTMLDetailsElement>(null);
  useDismissableDetails(menu);
  const act = (action: () => void) => () => {
    if (menu.current) menu.current.open = false;
    action();
  };
  return (
    <details ref={menu} className="menu">
      <summary className="button button--small button--ghost">
        More<span className="visually-hidden"> actions for {label}</span>
      </summary>
      <div className="menu__list">
        {onRunAgain ? (
          <button
            type="button"
            className="button button--small"
            aria-label={`Run again: ${label}`}
            onClick={act(onRunAgain)}
          >
            Run again
          </button>
        ) : null}
        {onAssumeFrom ? (
          <button
            type="button"
            className="button button--small"
            aria-label={`Assume a role from ${label}`}
            onClick={act(onAssumeFrom)}
          >
            Assume a role from this set
          </button>
        ) : null}
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={`Remove ${label}`}
          onClick={act(onRemove)}
        >
          Remove
        </button>
      </div>
    </details>
  );
}
