/**
 * Who may use the control API. A web page can send a "simple" cross-origin POST (text/plain, no
 * preflight) to any loopback port, so state changes need `Content-Type: application/json` (which a
 * page can only send after a preflight the sandbox answers for the console's origins alone) and an
 * Origin that is one of the console's, or none at all (Node, curl, the e2e helpers).
 */

export interface ControlRequest {
  method: string;
  origin: string | undefined;
  contentType: string | undefined;
}

export interface ControlRefusal {
  status: 403 | 415;
  error: string;
}

const READ_ONLY_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Why a control request is refused, or undefined when it may go on. */
export function refuseControlRequest(
  request: ControlRequest,
  consoleOrigins: readonly string[],
): ControlRefusal | undefined {
  if (request.origin !== undefined && !consoleOrigins.includes(request.origin)) {
    return {
      status: 403,
      error: `the control API answers only the console (${consoleOrigins.join(', ') || 'no origin configured'}) or clients that send no Origin`,
    };
  }
  if (
    !READ_ONLY_METHODS.includes(request.method) &&
    mediaType(request.contentType) !== 'application/json'
  ) {
    return { status: 415, error: 'control requests that change state must be application/json' };
  }
  return undefined;
}
