/**
 * The HTTP side of STS: preflights, fault injection, body reading, and writing the answer with
 * STS's headers (text/xml, x-amzn-RequestId, Date from the sandbox clock) and CORS.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ReceivedRequest } from '../auth/verify-sigv4.ts';
import { CLOCK_SKEW_MS, type ActiveFault, type ControlState } from '../control/control-state.ts';
import { answerPreflight, corsResponseHeaders } from '../protocol/cors.ts';
import { readBody } from '../protocol/read-body.ts';
import { parseQueryString } from '../protocol/parse-query.ts';
import type { SandboxClock } from '../world/clock.ts';
import { dispatch, type DispatchDeps } from './dispatch.ts';
import { errorXml } from '../protocol/responses.ts';
import { ERR, stsError, type StsError } from '../protocol/sts-error.ts';

export interface StsDeps extends DispatchDeps {
  clock: SandboxClock;
  control: ControlState;
}

/** Serves one STS request (any method on any non-reserved path). */
export async function handleSts(
  req: IncomingMessage,
  res: ServerResponse,
  deps: StsDeps,
): Promise<void> {
  if (req.method === 'OPTIONS') {
    deps.control.countPreflight();
    answerPreflight(req, res);
    return;
  }
  const started = performance.now();
  const fault = deps.control.takeFault();
  const requestId = randomUUID();
  const body = await readBody(req);
  if (fault?.mode === 'reset') {
    deps.control.countRequest(undefined);
    req.socket.destroy();
    return;
  }
  if (fault?.mode === 'latency') await sleep(fault.latencyMs);
  const skewMs = fault?.mode === 'clock-skew' ? CLOCK_SKEW_MS : 0;
  const nowMs = deps.clock.now() + skewMs;
  const signingNowMs = Date.now() + skewMs;
  const cors = fault?.mode === 'no-cors' ? {} : corsResponseHeaders(req);
  const url = new URL(req.url ?? '/', 'http://sandbox');
  const send = (status: number, xml: string, action: string | undefined) => {
    // A client that gave up while a latency fault held its request (Cancel) gets no answer, and
    // the request is not counted: it would land in the stats of whatever runs ten seconds later.
    if (req.socket.destroyed) return;
    deps.control.countRequest(action);
    res.writeHead(status, {
      ...cors,
      'Content-Type': 'text/xml',
      'x-amzn-RequestId': requestId,
      Date: new Date(nowMs).toUTCString(),
      'Content-Length': String(Buffer.byteLength(xml)),
    });
    res.end(xml);
    deps.control.recordHandling(performance.now() - started);
  };
  if (body === undefined) {
    send(
      413,
      errorXml(stsError('RequestEntityTooLarge', 'Request body too large.', 413), requestId),
      undefined,
    );
    return;
  }
  const injected = injectedError(fault);
  if (injected !== undefined) {
    send(injected.status, errorXml(injected, requestId), undefined);
    return;
  }
  const isForm = (req.headers['content-type'] ?? '')
    .toLowerCase()
    .startsWith('application/x-www-form-urlencoded');
  if (req.method === 'POST' && !isForm) {
    redirect(res, cors, requestId, 'https://aws.amazon.com/iam');
    deps.control.countRequest(undefined);
    return;
  }
  const params = parseQueryString(req.method === 'POST' ? body : url.search);
  if (!params.ok) {
    send(params.error.status, errorXml(params.error, requestId), undefined);
    return;
  }
  const outcome = await dispatch(
    params.value,
    toReceived(req, url, body),
    deps,
    { nowMs, signingNowMs },
    requestId,
  );
  if (outcome.kind === 'redirect') {
    redirect(res, cors, requestId, outcome.location + (req.method === 'GET' ? url.search : ''));
    deps.control.countRequest(undefined);
    return;
  }
  send(outcome.status, outcome.xml, outcome.action);
}

function injectedError(fault: ActiveFault | undefined): StsError | undefined {
  switch (fault?.mode) {
    case 'http500':
      return ERR.internalFailure();
    case 'http503':
      return ERR.serviceUnavailable();
    case 'throttle':
      return ERR.throttling();
    default:
      return undefined;
  }
}

function redirect(
  res: ServerResponse,
  cors: Record<string, string>,
  requestId: string,
  location: string,
): void {
  res.writeHead(302, {
    ...cors,
    Location: location,
    'x-amzn-RequestId': requestId,
    'Content-Length': '0',
  });
  res.end();
}

function toReceived(req: IncomingMessage, url: URL, body: string): ReceivedRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const prior = query[key];
    query[key] =
      prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
  }
  return { method: req.method ?? 'GET', path: url.pathname, query, headers, body };
}
