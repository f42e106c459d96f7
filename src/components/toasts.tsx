import { useToasts } from '../state/toasts.ts';

/** Polite announcements in a corner: they never steal focus. */
export function Toasts() {
  const toasts = useToasts();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <p key={t.id} className={`toast toast--${t.tone}`}>
          {t.message}
        </p>
      ))}
    </div>
  );
}
