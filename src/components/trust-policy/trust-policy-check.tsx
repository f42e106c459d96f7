import { useId, useMemo, useState, type ReactNode } from 'react';
import { parseTrustPolicy } from '../../lib/iam/parse-trust-policy.ts';
import type { TrustRequest } from '../../lib/iam/trust-policy-types.ts';
import { TrustVerdictView } from './trust-verdict-view.tsx';
import './trust-policy.css';

export interface TrustPolicyCheckProps {
  /** The request the form is about to send, or undefined while it cannot be built yet. */
  request: TrustRequest | undefined;
  /** What the form still needs before the check can run (e.g. "Paste a token above"). */
  waitingFor: string;
  /** Shown first inside the section (e.g. what the token's provider puts in its claims). */
  intro?: ReactNode;
}

/**
 * "Trust policy check": paste the role's trust policy and see, before the call, whether it
 * allows the request the form would send. Offline: the policy stays in this component's state.
 */
export function TrustPolicyCheck({ request, waitingFor, intro }: TrustPolicyCheckProps) {
  const [text, setText] = useState('');
  const id = useId();
  const parsed = useMemo(() => (text.trim() === '' ? undefined : parseTrustPolicy(text)), [text]);
  return (
    <details className="advanced trust-check">
      <summary>Trust policy check</summary>
      {intro}
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Role trust policy
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          Paste the role&apos;s trust policy (the JSON that aws iam get-role or the IAM console
          shows, or its URL-encoded form) to see whether it allows the request below, before you
          send it. It is checked in this tab and never sent.
        </p>
        <textarea
          id={id}
          className="input input--multiline input--code"
          rows={6}
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          aria-invalid={parsed !== undefined && !parsed.ok}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
        {parsed !== undefined && !parsed.ok && <p className="field__error">{parsed.error}</p>}
      </div>
      {parsed?.ok === true &&
        (request === undefined ? (
          <p className="kv__note">{waitingFor}</p>
        ) : (
          <TrustVerdictView policy={parsed.value} request={request} />
        ))}
    </details>
  );
}
