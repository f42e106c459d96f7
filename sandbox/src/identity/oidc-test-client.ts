// Test support: a tiny "browser" for driving the sandbox provider's authorization-code flow with
// fetch (a cookie jar and manual redirects), plus a node:http server that routes /oidc to it.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOidcProvider, type OidcProviderHandle } from './oidc-provider.ts';

export interface RunningProvider {
  issuer: string;
  origin: string;
  provider: OidcProviderHandle;
  stop(): Promise<void>;
}

/** Starts a node:http server on an ephemeral port whose /oidc paths go to a fresh provider. */
export async function startProviderServer(consoleOrigins: string[]): Promise<RunningProvider> {
  const state: { provider?: OidcProviderHandle } = {};
  const server: Server = createServer((req, res) => {
    if (state.provider && (req.url ?? '').startsWith('/oidc')) {
      state.provider.handle(req, res);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const issuer = `${origin}/oidc`;
  const created = await createOidcProvider({ issuer, consoleOrigins });
  state.provider = created;
  return {
    issuer,
    origin,
    provider: created,
    stop: async () => {
      await created.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    },
  };
}

/** A cookie jar that follows no redirects by itself. */
export class Browser {
  readonly cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set(
        'cookie',
        [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      );
    }
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = /expires=Thu, 01 Jan 1970/i.test(line);
      if (value === '' || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects while they stay on `origin`; returns the last response and its URL. */
  async follow(
    url: string,
    origin: string,
    init: RequestInit = {},
  ): Promise<{ response: Response; url: string }> {
    let current = url;
    let response = await this.request(current, init);
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops += 1) {
      const location = response.headers.get('location');
      if (!location) break;
      const next = new URL(location, current).href;
      if (!next.startsWith(origin)) return { response, url: next };
      current = next;
      response = await this.request(current);
    }
    return { response, url: current };
  }
}

/** A PKCE verifier and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

/** The action of the form whose submit button has the given text. */
export function formActionFor(html: string, buttonText: string): string | undefined {
  const forms = html.match(/<form[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((candidate) => candidate.includes(`>${buttonText}</button>`));
  return form?.match(/action="([^"]+)"/)?.[1];
}
