/**
 * A sample nginx server block that serves the static build with the same security headers as
 * `vite preview`: `tsx scripts/nginx-config.ts [--root DIR] [--port N] > sts-console.conf`.
 * Build first with the same environment (STS_CONSOLE_NO_SANDBOX, STS_CONSOLE_CONNECT_SRC).
 */
import { pathToFileURL } from 'node:url';
import { consoleBuildSettings } from './build-settings.ts';
import { buildContentSecurityPolicy, buildSecurityHeaders } from './security-headers.ts';

export interface NginxOptions {
  root: string;
  port: number;
  headers: Readonly<Record<string, string>>;
}

function quote(value: string): string {
  if (/["\\\n\r$]/.test(value)) throw new Error(`header value cannot be written safely: ${value}`);
  return `"${value}"`;
}

/** nginx refuses a parameter over 4 KiB: a long value (the CSP) is cut at spaces into variables. */
function chunks(value: string, size = 3000): string[] {
  const parts: string[] = [];
  let rest = value;
  while (rest.length > size) {
    const cut = rest.lastIndexOf(' ', size);
    const at = cut > 0 ? cut : size;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  parts.push(rest);
  return parts;
}

/** Pure: the server block. Headers are repeated per location because nginx does not inherit them. */
export function renderNginxConfig({ root, port, headers }: NginxOptions): string {
  const variables: string[] = [];
  const headerLines = Object.entries(headers)
    .map(([name, value], h) => {
      const parts = chunks(value);
      if (parts.length === 1) return `    add_header ${name} ${quote(value)} always;`;
      const names = parts.map((part, i) => {
        variables.push(`  set $h${h}_${i} ${quote(part)};`);
        return `$h${h}_${i}`;
      });
      return `    add_header ${name} "${names.join('')}" always;`;
    })
    .join('\n');
  return `server {
  listen 127.0.0.1:${port};
  server_name _;
  root ${root};
  index index.html;
  server_tokens off;
  charset utf-8;
${variables.join('\n')}

  location = /index.html {
${headerLines}
    add_header Cache-Control "no-cache" always;
  }

  location /assets/ {
${headerLines}
    add_header Cache-Control "public, max-age=31536000, immutable" always;
    try_files $uri =404;
  }

  location / {
${headerLines}
    try_files $uri /index.html;
  }
}
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const arg = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
  };
  const settings = consoleBuildSettings(process.env);
  const csp = buildContentSecurityPolicy({ extraConnectSources: settings.extraConnectSources });
  process.stdout.write(
    renderNginxConfig({
      root: arg('--root', `${process.cwd()}/dist`),
      port: Number(arg('--port', '8080')),
      headers: buildSecurityHeaders(csp),
    }),
  );
}
