import { dismissToast, useToasts } from '../state/toasts.ts';

/**
 * Polite announcements that never steal focus: bottom left, over the navigation's empty foot on
 * wide screens (never over a field or the wallet); on narrow ones each can be dismissed.
 */
export function Toasts() {
  const toasts = useToasts();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <p key={t.id} className={`toast toast--${t.tone}`}>
          <span className="toast__message">{t.message}</span>
          <button
            type="button"
            className="button button--small button--ghost toast__dismiss"
            aria-label="Dismiss"
            onClick={() => {
              dismissToast(t.id);
            }}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
