/**
 * CORS as the sandbox answers it for STS: any origin (`*`: STS requests carry no cookies, the
 * signature is the credential), no credentials mode, the headers a browser SDK sends, a cached
 * preflight, and x-amzn-RequestId + Date exposed so the SDK can read the request id and correct
 * clock skew from the server's Date.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Every header the v3 SDK sends from a browser (used when a preflight names none). */
export const SDK_REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'x-amz-date',
  'x-amz-security-token',
  'x-amz-user-agent',
  'x-amz-content-sha256',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
];
export const EXPOSED_HEADERS = ['x-amzn-RequestId', 'Date'];
export const PREFLIGHT_MAX_AGE_SECONDS = 7200;

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Headers for an actual (non-preflight) cross-origin response. */
export function corsResponseHeaders(req: IncomingMessage): Record<string, string> {
  if (req.headers.origin === undefined) return {};
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
  };
}

/** Headers for a preflight: the requested headers when they are valid names, else the SDK's list. */
export function corsPreflightHeaders(req: IncomingMessage): Record<string, string> {
  const requested = (req.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== '');
  const allowed =
    requested.length > 0 && requested.every((h) => TOKEN.test(h)) ? requested : SDK_REQUEST_HEADERS;
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': allowed.join(', '),
    'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
    'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
  };
}

/** Answers a CORS preflight (204, no body). */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { ...corsPreflightHeaders(req), 'Content-Length': '0' });
  res.end();
}
