import { adviseOnFailure, type AdviceContext } from '../lib/sts/failure-advice.ts';
import type { CallFailure } from '../state/call-operation.ts';
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
  /** The field STS's answer is about (its label), with a way to go there. */
  field?: { label: string; focus: () => void } | undefined;
  /** Labels of the inputs edited since this answer: it is about what was sent before. */
  editedSince?: readonly string[] | undefined;
}

function editedWording(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? 'an input';
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

/** An STS or network failure: its code, what it means and what to do, next to the form. */
export function FailurePanel({
  failure,
  context,
  onDecode = decodeInPlace,
  field,
  editedSince,
}: FailurePanelProps) {
  const advice = adviseOnFailure(failure, {
    ...context,
    endpointUrl: failure.endpointUrl,
    networkCause: failure.networkCause,
  });
  return (
    <div
      className={`callout callout--error failure${editedSince ? ' failure--stale' : ''}`}
      role="alert"
    >
      {editedSince ? (
        <p className="failure__stale" data-testid="failure-stale">
          <strong>About what you sent before:</strong> you have changed {editedWording(editedSince)}{' '}
          since. Send again to check the new input.
        </p>
      ) : null}
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
      {field ? (
        <p className="failure__field">
          STS named the field <strong>{field.label}</strong>: its message is shown there.{' '}
          <button type="button" className="button button--small" onClick={field.focus}>
            Go to {field.label}
          </button>
        </p>
      ) : null}
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
