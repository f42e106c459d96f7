import { useState } from 'react';
import { CopyButton } from './copy-button.tsx';

export interface SecretTextProps {
  label: string;
  value: string;
}

/** A secret shown as dots until the user reveals it; copyable without revealing. */
export function SecretText({ label, value }: SecretTextProps) {
  const [revealed, setRevealed] = useState(false);
  return (
    <div className="secret">
      <code className="secret__value" aria-label={revealed ? label : `${label} (hidden)`}>
        {revealed ? value : '•'.repeat(Math.min(24, Math.max(8, Math.ceil(value.length / 16))))}
      </code>
      <button
        type="button"
        className="button button--small button--ghost"
        aria-pressed={revealed}
        aria-label={`${revealed ? 'Hide' : 'Reveal'} ${label.toLowerCase()}`}
        onClick={() => {
          setRevealed((r) => !r);
        }}
      >
        {revealed ? 'Hide' : 'Reveal'}
      </button>
      <CopyButton label={`Copy ${label.toLowerCase()}`} getText={() => value}>
        Copy
      </CopyButton>
    </div>
  );
}
