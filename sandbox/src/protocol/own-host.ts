/**
 * The Host header check. Any web page can make a browser talk to loopback through a name it
 * controls (DNS rebinding: evil.example resolving to 127.0.0.1), and its requests then carry that
 * name as Host. The sandbox answers only requests addressed to itself, so no page reaches it under
 * a foreign name and nothing it serves (discovery documents, redirects) is built from one.
 */

/** The Host values that name the sandbox: its loopback names at its port, and its listen address. */
export function ownHosts(port: number, listenHost: string): ReadonlySet<string> {
  const listen = listenHost.includes(':') ? `[${listenHost}]` : listenHost;
  const names = ['127.0.0.1', 'localhost', '[::1]', listen.toLowerCase()];
  const hosts = names.map((name) => `${name}:${port}`);
  // A Host header leaves out the scheme's default port.
  return new Set(port === 80 ? [...hosts, ...names] : hosts);
}

/** True when a Host header names the sandbox (case-insensitive, as host names are). */
export function isOwnHost(host: string | undefined, own: ReadonlySet<string>): boolean {
  return host !== undefined && own.has(host.toLowerCase());
}
