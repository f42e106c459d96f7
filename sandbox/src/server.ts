/**
 * The sandbox: one HTTP server on loopback that is an STS endpoint (any path except the ones below),
 * an OpenID provider (/oidc…) and a test-control API (/__sandbox/…). Every request must name the
 * sandbox in its Host header (protocol/own-host.ts), whatever its path.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTROL_PREFIX, handleControl } from './control/control-routes.ts';
import { createControlState } from './control/control-state.ts';
import { createOidcProvider } from './identity/oidc-provider.ts';
import { outboundDiscoveryDocument, outboundJwks } from './identity/outbound-token.ts';
import { OUTBOUND_PATH } from './ops/get-web-identity-token.ts';
import { isOwnHost, ownHosts } from './protocol/own-host.ts';
import { errorXml } from './protocol/responses.ts';
import { handleSts, type StsDeps } from './sts/handle-sts.ts';
import { ERR } from './protocol/sts-error.ts';
import { summarizeWorld, type WorldSummary } from './summary.ts';
import { createClock } from './world/clock.ts';
import { createCredentialStore } from './world/credential-store.ts';
import { DEFAULT_WORLD_FILE, loadWorld } from './world/world-config.ts';

export type { WorldSummary } from './summary.ts';

export interface SandboxOptions {
  port: number;
  /** Default 127.0.0.1. */
  host?: string;
  consoleOrigins?: string[];
  /** Default sandbox/world.json. */
  worldFile?: string;
}

export interface RunningSandbox {
  /** http://127.0.0.1:PORT */
  url: string;
  summary: WorldSummary;
  close(): Promise<void>;
}

const OIDC_PREFIX = '/oidc';

/** Starts the sandbox; port 0 picks a free port (see `url`). */
export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const consoleOrigins = options.consoleOrigins ?? [];
  let route: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (route === undefined) {
      res.writeHead(503).end();
      return;
    }
    route(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  try {
    const world = loadWorld(options.worldFile ?? DEFAULT_WORLD_FILE, url);
    if (!world.ok) throw new Error(world.error);
    const clock = createClock();
    const control = createControlState();
    const deps: StsDeps = {
      world: world.value,
      store: createCredentialStore(world.value),
      baseUrl: url,
      clock,
      control,
    };
    const oidc = await createOidcProvider({ issuer: `${url}${OIDC_PREFIX}`, consoleOrigins });
    const hosts = ownHosts(port, host);
    route = (req, res) => {
      if (!isOwnHost(req.headers.host, hosts)) {
        refuseForeignHost(res, [...hosts]);
        return;
      }
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      let work: Promise<void>;
      if (path === OIDC_PREFIX || path.startsWith(`${OIDC_PREFIX}/`)) {
        oidc.handle(req, res);
        return;
      }
      if (path.startsWith(`${OUTBOUND_PATH}/.well-known/`)) {
        serveOutbound(res, path, `${url}${OUTBOUND_PATH}`);
        return;
      }
      if (path.startsWith(CONTROL_PREFIX)) {
        work = handleControl(req, res, { state: control, clock, consoleOrigins });
      } else {
        work = handleSts(req, res, deps);
      }
      work.catch(() => {
        if (!res.headersSent) {
          const xml = errorXml(ERR.internalFailure(), 'sandbox-internal');
          res.writeHead(500, { 'Content-Type': 'text/xml' }).end(xml);
        } else res.destroy();
      });
    };
    return {
      url,
      summary: summarizeWorld(world.value, url),
      close: async () => {
        await oidc.close();
        await closeServer(server);
      },
    };
  } catch (error) {
    await closeServer(server);
    throw error;
  }
}

/** 421 Misdirected Request: the answer names the sandbox's own hosts, never the one received. */
function refuseForeignHost(res: ServerResponse, hosts: readonly string[]): void {
  const text = `This STS sandbox answers only requests addressed to ${hosts.join(', ')}.\n`;
  res.writeHead(421, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/** Discovery and JWKS for GetWebIdentityToken's tokens, CORS-open like any public JWKS. */
function serveOutbound(res: ServerResponse, path: string, issuer: string): void {
  const documents: Record<string, unknown> = {
    [`${OUTBOUND_PATH}/.well-known/openid-configuration`]: outboundDiscoveryDocument(issuer),
    [`${OUTBOUND_PATH}/.well-known/jwks.json`]: outboundJwks(),
  };
  const body = Object.hasOwn(documents, path) ? JSON.stringify(documents[path]) : undefined;
  res.writeHead(body === undefined ? 404 : 200, {
    'Content-Type': 'application/json',
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'public, max-age=300',
  });
  res.end(body ?? '{"error":"not found"}');
}

function closeServer(server: ReturnType<typeof createServer>): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
    server.closeAllConnections();
  });
}
