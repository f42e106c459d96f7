import { useEffect, type RefObject } from 'react';

/** Why an open disclosure should close, given what just happened; undefined keeps it open. */
export type DismissReason = 'escape' | 'outside' | 'navigation';

/** Pure: whether a key press or a pointer press closes an open popover `details`. */
export function dismissReason(
  event: { type: string; key?: string; target: EventTarget | null },
  popover: { contains: (node: Node | null) => boolean },
): DismissReason | undefined {
  if (event.type === 'keydown') return event.key === 'Escape' ? 'escape' : undefined;
  if (event.type === 'hashchange') return 'navigation';
  if (event.type === 'pointerdown') {
    const target = event.target instanceof Node ? event.target : null;
    return popover.contains(target) ? undefined : 'outside';
  }
  return undefined;
}

/**
 * A `details` used as a popover closes on Escape, a press outside it and navigation, as a menu
 * does. Escape hands focus back to its summary so the keyboard user is not stranded.
 */
export function useDismissableDetails(ref: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const onEvent = (event: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      const reason = dismissReason(
        {
          type: event.type,
          key: event instanceof KeyboardEvent ? event.key : undefined,
          target: event.target,
        },
        details,
      );
      if (!reason) return;
      const hadFocus = details.contains(document.activeElement);
      // Escape inside the popover is the popover's: a field in it, or a dialog under it, must
      // not act on it too. Escape elsewhere still reaches whatever has focus.
      if (reason === 'escape' && hadFocus) event.stopPropagation();
      details.open = false;
      if (reason === 'escape' && hadFocus) details.querySelector('summary')?.focus();
    };
    document.addEventListener('keydown', onEvent, true);
    document.addEventListener('pointerdown', onEvent);
    window.addEventListener('hashchange', onEvent);
    return () => {
      document.removeEventListener('keydown', onEvent, true);
      document.removeEventListener('pointerdown', onEvent);
      window.removeEventListener('hashchange', onEvent);
    };
  }, [ref]);
}
