import { useId } from 'react';
import { checkPageCanConnect } from '../lib/csp/page-connect-src.ts';
import {
  acceptEndpointChange,
  declineEndpointChange,
  useEndpointChangeRequest,
} from '../state/link-endpoint-request.ts';

/**
 * A share link asked to send calls elsewhere: says from where to where, and changes this tab
 * only on "Use it in this tab". Declining changes nothing.
 */
export function EndpointChangePrompt() {
  const request = useEndpointChangeRequest();
  const titleId = useId();
  if (!request) return null;
  const { settings } = request;
  const verdict = settings.kind === 'custom' ? checkPageCanConnect(settings.url) : undefined;
  return (
    <section className="callout callout--warning endpoint-prompt" aria-labelledby={titleId}>
      <h2 id={titleId} className="endpoint-prompt__title">
        This link asks to send calls somewhere else
      </h2>
      <p>
        Calls now go to <strong>{request.from}</strong>. The link asks for{' '}
        <strong>{request.to}</strong>.
      </p>
      {verdict && !verdict.allowed ? (
        <p className="field__error">
          {verdict.problem} {verdict.fix}
        </p>
      ) : null}
      <p>
        Accepting changes this tab only: your saved endpoint stays, and a reload or a new tab goes
        back to it.
      </p>
      <p className="endpoint-prompt__actions">
        <button type="button" className="button button--small" onClick={acceptEndpointChange}>
          Use it in this tab
        </button>{' '}
        <button type="button" className="button button--small" onClick={declineEndpointChange}>
          Keep the current endpoint
        </button>
      </p>
    </section>
  );
}
