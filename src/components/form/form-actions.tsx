import { use, type ReactNode } from 'react';
import { CallStateContext } from './call-state-context.ts';

export interface FormActionsProps {
  submitLabel: string;
  /** Blocks the submit button with a reason (e.g. no signer). */
  blockedReason?: string | undefined;
  blockedId: string;
  /** More actions and messages, between Cancel and the blocked reason. */
  children?: ReactNode;
}

/**
 * The submit button ("Sending…" while the call is pending, and still focusable), Cancel while
 * pending, and the form's other actions. It alone re-renders when the call starts and ends.
 */
export function FormActions({ submitLabel, blockedReason, blockedId, children }: FormActionsProps) {
  const { pending, onCancel } = use(CallStateContext);
  return (
    <div className="operation-form__actions">
      <button
        type="submit"
        className="button button--primary"
        // While pending the button stays focusable (aria-disabled, not disabled): focus must not
        // fall back to the page's start when the call ends.
        disabled={blockedReason !== undefined}
        aria-disabled={pending || undefined}
        aria-describedby={blockedReason ? blockedId : undefined}
      >
        {pending ? 'Sending…' : submitLabel}
      </button>
      {pending && onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
      {children}
      {blockedReason ? (
        <span id={blockedId} className="operation-form__blocked">
          {blockedReason}
        </span>
      ) : null}
    </div>
  );
}
