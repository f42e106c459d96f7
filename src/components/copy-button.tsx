import { useEffect, useState } from 'react';

export interface CopyButtonProps {
  /**
   * Called only on click: the clipboard is written on a user gesture and never read. A promise
   * (text that needs code not loaded yet) is written when it settles.
   */
  getText: () => string | Promise<string>;
  /** Accessible name, e.g. "Copy as bash". */
  label: string;
  /** Visible text; defaults to the label. */
  children?: string;
  className?: string;
}

/** Writes text to the clipboard on click and confirms it for a moment. */
export function CopyButton({ getText, label, children, className }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => {
      setState('idle');
    }, 2000);
    return () => {
      clearTimeout(timer);
    };
  }, [state]);
  return (
    <button
      type="button"
      className={`button button--small ${className ?? ''}`}
      aria-label={label}
      onClick={() => {
        Promise.resolve()
          .then(getText)
          .then((text) => navigator.clipboard.writeText(text))
          .then(
            () => {
              setState('copied');
            },
            () => {
              setState('failed');
            },
          );
      }}
    >
      {state === 'copied' ? 'Copied ✓' : state === 'failed' ? 'Copy failed' : (children ?? label)}
      <span className="visually-hidden" role="status">
        {state === 'copied' ? 'Copied to the clipboard' : state === 'failed' ? 'Copy failed' : ''}
      </span>
    </button>
  );
}
