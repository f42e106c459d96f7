/**
 * Pure: which origins a Content-Security-Policy lets the page connect to, matched as CSP Level 3
 * matches a source expression ("Does url match expression in origin", w3c.github.io/webappsec-csp).
 */

/** The connect-src list of a policy (default-src when it has none), undefined when neither is set. */
export function connectSourcesOf(policy: string): readonly string[] | undefined {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    const key = name?.toLowerCase();
    // The first of a repeated directive counts; later ones are ignored.
    if (key && !directives.has(key)) directives.set(key, values);
  }
  return directives.get('connect-src') ?? directives.get('default-src');
}

/** http: allows https: too (and ws: wss:), as CSP's scheme-part match says. */
function schemeMatches(expression: string, scheme: string): boolean {
  const e = expression.toLowerCase();
  if (e === scheme) return true;
  return (e === 'http' && scheme === 'https') || (e === 'ws' && scheme === 'wss');
}

function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  if (p.startsWith('*')) {
    // "*.example.com" matches any subdomain, never example.com itself, and never an IP address.
    if (/^[\d.]+$/.test(host) || host.startsWith('[')) return false;
    return host.endsWith(p.slice(1));
  }
  return p === host;
}

const DEFAULT_PORTS: Readonly<Record<string, string>> = {
  http: '80',
  https: '443',
  ws: '80',
  wss: '443',
};

function portMatches(pattern: string | undefined, url: URL, scheme: string): boolean {
  if (pattern === '*') return true;
  // The URL parser drops a default port: url.port is '' for https://host:443.
  if ((pattern ?? '') === url.port) return true;
  return url.port === '' && pattern === DEFAULT_PORTS[scheme];
}

function pathMatches(pattern: string, path: string): boolean {
  if (pattern === '' || (pattern === '/' && path === '')) return true;
  const exact = !pattern.endsWith('/');
  const a = pattern.split('/');
  const b = path.split('/');
  if (a.length > b.length || (exact && a.length !== b.length)) return false;
  if (!exact) a.pop();
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return a.every((segment, i) => decode(segment) === decode(b[i] ?? ''));
}

const HOST_SOURCE =
  /^(?:(?<scheme>[a-z][a-z0-9+.-]*):\/\/)?(?<host>\*|\*\.[^:/]+|[^:/*]+)(?::(?<port>\d+|\*))?(?<path>\/[^?#]*)?$/i;

/** Whether one source expression lets a page at pageOrigin connect to url. */
export function sourceMatches(expression: string, url: URL, pageOrigin: string): boolean {
  const scheme = url.protocol.slice(0, -1);
  const page = new URL(pageOrigin);
  const pageScheme = page.protocol.slice(0, -1);
  const e = expression.trim();
  if (e === '*') return ['http', 'https', 'ws', 'wss'].includes(scheme) || scheme === pageScheme;
  if (e.toLowerCase() === "'self'") {
    if (url.origin === page.origin) return true;
    // An upgrade from the page's http to https on the same host and (default) port.
    return (
      url.hostname === page.hostname &&
      pageScheme === 'http' &&
      scheme === 'https' &&
      (url.port === page.port || (url.port === '' && page.port === ''))
    );
  }
  if (/^[a-z][a-z0-9+.-]*:$/i.test(e)) return schemeMatches(e.slice(0, -1), scheme);
  if (e.startsWith("'")) return false; // 'none', nonces, hashes, 'unsafe-…'
  const m = HOST_SOURCE.exec(e);
  const groups = m?.groups;
  if (!groups?.host) return false;
  if (
    groups.scheme !== undefined
      ? !schemeMatches(groups.scheme, scheme)
      : !schemeMatches(pageScheme, scheme)
  )
    return false;
  if (groups.host === '*')
    return portMatches(groups.port, url, scheme) && pathMatches(groups.path ?? '', url.pathname);
  return (
    hostMatches(groups.host, url.hostname) &&
    portMatches(groups.port, url, scheme) &&
    pathMatches(groups.path ?? '', url.pathname)
  );
}

/** Why calls to an origin are blocked, and how to allow them, in words. */
export interface BlockedOrigin {
  origin: string;
  problem: string;
  fix: string;
}

/** Pure: what to say about an endpoint the page's connect-src does not allow. */
export function blockedOrigin(endpointUrl: string): BlockedOrigin {
  const url = new URL(endpointUrl);
  const origin = url.origin;
  if (url.hostname.startsWith('[')) {
    return {
      origin,
      problem: `This console’s Content-Security-Policy cannot list an IPv6 address such as ${url.hostname} (the browser refuses it), so the browser blocks every call there.`,
      fix:
        url.hostname === '[::1]'
          ? `Use http://localhost${url.port ? `:${url.port}` : ''} instead: it reaches the same server.`
          : 'Use a host name for the endpoint.',
    };
  }
  return {
    origin,
    problem: `This console’s Content-Security-Policy does not allow ${origin}, so the browser blocks every call there.`,
    fix: `To allow it, start the console with STS_CONSOLE_CONNECT_SRC=${origin} npm start (for a deployment, build it with STS_CONSOLE_CONNECT_SRC=${origin} npm run build).`,
  };
}

/** Can the page connect to this endpoint, and if not, why and how to allow it. */
export type ConnectVerdict =
  { allowed: true; origin: string } | ({ allowed: false } & BlockedOrigin);

/**
 * Pure: whether a page under this connect-src list may call the endpoint. Sources undefined means
 * no policy limits connections.
 */
export function connectVerdict(
  endpointUrl: string,
  sources: readonly string[] | undefined,
  pageOrigin: string,
): ConnectVerdict {
  const url = new URL(endpointUrl);
  if (sources === undefined || sources.some((s) => sourceMatches(s, url, pageOrigin))) {
    return { allowed: true, origin: url.origin };
  }
  return { allowed: false, ...blockedOrigin(endpointUrl) };
}
