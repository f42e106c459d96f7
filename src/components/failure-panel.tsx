import { adviseOnFailure, type AdviceContext } from '../lib/sts/failure-advice.ts';
import type { CallFailure } from '../state/use-operation-call.ts';
import { replaceDraft } from './form/drafts.ts';

/** Opens DecodeAuthorizationMessage with the message filled in. */
function decodeInPlace(encoded: string): void {
  replaceDraft('DecodeAuthorizationMessage', { EncodedMessage: encoded });
  window.location.hash = '#/decode-authorization-message';
}

export interface FailurePanelProps {
  failure: CallFailure;
  context: Omit<AdviceContext, 'endpointUrl' | 'networkCause'>;
  /** Offered when the error carries an encoded authorization message; opens the decoder by default. */
  onDecode?: ((encoded: string) => void) | undefined;
}

/** An STS or network failure: its code, what it means and what to do, next to the form. */
export function FailurePanel({ failure, context, onDecode = decodeInPlace }: FailurePanelProps) {
  const advice = adviseOnFailure(failure, {
    ...context,
    endpointUrl: failure.endpointUrl,
    networkCause: failure.networkCause,
  });
  return (
    <div className="callout callout--error failure" role="alert">
      <p className="failure__title">
        <strong>{advice.title}</strong>
        {failure.kind === 'sts' ? (
          <>
            {' '}
            <code className="failure__code">{failure.code}</code>
            {failure.httpStatus ? (
              <span className="kv__note"> HTTP {failure.httpStatus}</span>
            ) : null}
          </>
        ) : null}
      </p>
      <p>{advice.explanation}</p>
      <p className="failure__next">
        <strong>What to do:</strong> {advice.nextStep}
      </p>
      {failure.encodedAuthorizationMessage ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            if (failure.encodedAuthorizationMessage) onDecode(failure.encodedAuthorizationMessage);
          }}
        >
          Decode the authorization message
        </button>
      ) : null}
      {failure.requestId ? (
        <p className="kv__note">
          Request ID <code>{failure.requestId}</code>
        </p>
      ) : null}
    </div>
  );
}
