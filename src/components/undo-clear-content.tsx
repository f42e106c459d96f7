import { useEffect, useRef, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import {
  UNDO_CLEAR_MS,
  undoClear,
  useHeldClear,
  type ClearScope,
  type HeldClear,
} from '../state/clear-with-undo.ts';

export interface UndoClearStatusProps {
  scope: ClearScope;
  /** Where focus goes after Undo (the Undo button goes away). */
  returnFocus: RefObject<HTMLElement | null>;
  className?: string;
}

function setsText(sets: number): string {
  return sets === 1 ? '1 credential set' : `${String(sets)} credential sets`;
}

/** What was cleared, in words. */
function clearedMessage({ scope, sets }: HeldClear): string {
  const seconds = String(UNDO_CLEAR_MS / 1000);
  if (scope === 'wallet') return `Cleared ${setsText(sets)}. Undo within ${seconds} s.`;
  const wallet = sets > 0 ? `${setsText(sets)} and every form` : 'every form';
  return `Cleared ${wallet}. Undo within ${seconds} s.`;
}

/**
 * After a clear by this scope's button: says what went (politely, to screen readers too, inside
 * UndoClearStatus's live region) and offers Undo until the hold ends.
 */
export function UndoClearContent({ scope, returnFocus }: UndoClearStatusProps) {
  const held = useHeldClear();
  const shown = held?.scope === scope ? held : undefined;
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The button that cleared went away with what it cleared ("Clear all"): focus comes here.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (shown && lost) undo.current?.focus();
  }, [shown]);
  if (!shown) return null;
  return (
    <>
      <span className="undo-clear__message">{clearedMessage(shown)}</span>{' '}
      <button
        ref={undo}
        type="button"
        className="button button--small undo-clear__undo"
        onClick={() => {
          // Rendered at once, so that the button focus returns to is there.
          flushSync(undoClear);
          returnFocus.current?.focus();
        }}
      >
        Undo
      </button>
    </>
  );
}
