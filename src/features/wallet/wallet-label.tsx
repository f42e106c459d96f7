import { Fragment, useId, useState } from 'react';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { wallet } from '../../state/wallet.ts';
import { cleanLabel } from './clean-label.ts';

/**
 * A name such as "WebIdentityDemo/alice@example.com" may break after each "/" before anywhere
 * else, so a narrow wallet shows the role and the session on their own lines.
 */
function Breakable({ text }: { text: string }) {
  // The parts of one string, keyed by position: they never move.
  return text.split('/').map((part, i) => (
    <Fragment key={i}>
      {i > 0 ? (
        <>
          /<wbr />
        </>
      ) : null}
      {part}
    </Fragment>
  ));
}

function PencilIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M11.5 1.5l3 3-9 9H2.5v-3z M10 3l3 3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The set's name; a button turns it into a field to rename it (Enter saves, Escape cancels). */
export function WalletLabel({ entry }: { entry: WalletEntry }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(entry.label);
  if (!editing) {
    return (
      <span className="wallet__label-row">
        <strong className="wallet__label" title={entry.label}>
          <Breakable text={entry.label} />
        </strong>
        <button
          type="button"
          className="button button--small button--ghost wallet__rename"
          aria-label={`Rename ${entry.label}`}
          title="Rename"
          onClick={() => {
            setDraft(entry.label);
            setEditing(true);
          }}
        >
          <PencilIcon />
        </button>
      </span>
    );
  }
  const save = () => {
    const label = cleanLabel(draft);
    if (label) wallet.update(entry.id, { label });
    setEditing(false);
  };
  return (
    <span className="wallet__label-row">
      <label htmlFor={id} className="visually-hidden">
        New name for {entry.label}
      </label>
      <input
        id={id}
        className="input input--inline"
        value={draft}
        maxLength={64}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        onChange={(e) => {
          setDraft(e.target.value);
        }}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
          if (e.key === 'Escape') setEditing(false);
        }}
      />
    </span>
  );
}
