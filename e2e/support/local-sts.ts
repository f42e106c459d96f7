import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a test's STS sends back to one POST. */
export interface LocalAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** An STS of a test's own, on loopback. */
export interface LocalSts {
  port: number;
  /** http://localhost:<port> (the console's CSP allows any loopback port in the npm start build). */
  url: string;
  /** How many POSTs it has answered. */
  posts: () => number;
  /** The headers of every request it received, preflights included, in order. */
  requests: () => readonly { method: string; headers: Readonly<Record<string, string>> }[];
  close: () => Promise<void>;
}

/**
 * Starts an STS of the test's own: CORS for any origin, every POST answered with `answer()` (read
 * at each request, so a test can change it between calls), on IPv4 and IPv6 loopback.
 */
export async function startLocalSts(answer: () => LocalAnswer): Promise<LocalSts> {
  let posts = 0;
  const seen: { method: string; headers: Record<string, string> }[] = [];
  const server = createServer((req, res) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers[name] = value;
    }
    seen.push({ method: req.method ?? '', headers });
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Expose-Headers', 'x-amzn-RequestId, Date');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'POST, GET');
      res.setHeader(
        'Access-Control-Allow-Headers',
        req.headers['access-control-request-headers'] ?? '*',
      );
      res.end();
      return;
    }
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST') posts += 1;
      const { status, contentType, body } = answer();
      res.statusCode = status;
      res.setHeader('Content-Type', contentType);
      res.setHeader('x-amzn-RequestId', `local-${String(posts)}`);
      res.end(body);
    });
  });
  // "::" without ipv6Only accepts IPv4 and IPv6: localhost, 127.0.0.1 and [::1] all reach it.
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '::' }, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://localhost:${String(port)}`,
    posts: () => posts,
    requests: () => seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        // The browser keeps connections alive; close would wait for them.
        server.closeAllConnections();
      }),
  };
}
