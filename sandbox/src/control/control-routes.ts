/**
 * /__sandbox/ test-control endpoints (not STS): faults, stats, clock. Loopback clients only, JSON
 * only for changes, and from the console's origins or none (control-guard.ts); CORS-open to the
 * console origins so e2e tests can drive them from the page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../protocol/read-body.ts';
import type { SandboxClock } from '../world/clock.ts';
import { refuseControlRequest } from './control-guard.ts';
import type { ControlState } from './control-state.ts';

export const CONTROL_PREFIX = '/__sandbox/';

export interface ControlDeps {
  state: ControlState;
  clock: SandboxClock;
  consoleOrigins: readonly string[];
}

/** True for 127.0.0.0/8 and ::1, including IPv4-mapped IPv6. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.replace(/^::ffff:/, '');
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ControlDeps,
  status: number,
  body: unknown,
): void {
  const text = JSON.stringify(body);
  const origin = req.headers.origin;
  const cors: Record<string, string> =
    origin !== undefined && deps.consoleOrigins.includes(origin)
      ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }
      : {};
  res.writeHead(status, {
    ...cors,
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req, 64 * 1024)) ?? '';
  try {
    return text === '' ? {} : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Serves one control request. */
export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ControlDeps,
): Promise<void> {
  if (!isLoopback(req.socket.remoteAddress)) {
    send(req, res, deps, 403, { error: 'loopback clients only' });
    return;
  }
  const path = new URL(req.url ?? '/', 'http://sandbox').pathname;
  if (req.method === 'OPTIONS') {
    const origin = req.headers.origin;
    const allowed = origin !== undefined && deps.consoleOrigins.includes(origin);
    res.writeHead(204, {
      ...(allowed
        ? {
            'Access-Control-Allow-Origin': origin,
            'Access-Control-Allow-Methods': 'GET, POST',
            'Access-Control-Allow-Headers': 'content-type',
            'Access-Control-Max-Age': '600',
            Vary: 'Origin',
          }
        : {}),
    });
    res.end();
    return;
  }
  const refused = refuseControlRequest(
    {
      method: req.method ?? 'GET',
      origin: req.headers.origin,
      contentType: req.headers['content-type'],
    },
    deps.consoleOrigins,
  );
  if (refused !== undefined) {
    send(req, res, deps, refused.status, { error: refused.error });
    return;
  }
  const route = `${req.method ?? 'GET'} ${path}`;
  switch (route) {
    case 'GET /__sandbox/stats':
      send(req, res, deps, 200, deps.state.stats());
      return;
    case 'POST /__sandbox/stats/reset':
      deps.state.resetStats();
      send(req, res, deps, 200, deps.state.stats());
      return;
    case 'POST /__sandbox/faults': {
      const result = deps.state.setFault(await readJson(req));
      send(
        req,
        res,
        deps,
        result.ok ? 200 : 400,
        result.ok ? result.value : { error: result.error },
      );
      return;
    }
    case 'POST /__sandbox/clock': {
      const body = await readJson(req);
      if (typeof body === 'object' && body !== null && 'reset' in body && body.reset === true) {
        deps.clock.reset();
      } else if (
        typeof body === 'object' &&
        body !== null &&
        'advanceSeconds' in body &&
        typeof body.advanceSeconds === 'number' &&
        Number.isFinite(body.advanceSeconds)
      ) {
        deps.clock.advance(body.advanceSeconds);
      } else {
        send(req, res, deps, 400, { error: 'send { "advanceSeconds": n } or { "reset": true }' });
        return;
      }
      send(req, res, deps, 200, {
        offsetSeconds: deps.clock.offsetSeconds(),
        now: new Date(deps.clock.now()).toISOString(),
      });
      return;
    }
    default:
      send(req, res, deps, 404, { error: `no control endpoint ${route}` });
  }
}
