import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNginxConfig } from './nginx-config.ts';
import { buildContentSecurityPolicy, buildSecurityHeaders } from './security-headers.ts';

const NGINX = '/usr/sbin/nginx';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

describe('the sample nginx config, run by real nginx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sts-console-nginx-'));
  const site = join(dir, 'site');
  const headers = buildSecurityHeaders(buildContentSecurityPolicy({ extraConnectSources: [] }));
  let port = 0;
  let stop: () => void = () => undefined;

  beforeAll(async () => {
    mkdirSync(join(site, 'assets'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(site, 'assets', 'app-abc123.js'), 'export {};');
    port = await freePort();
    writeFileSync(
      join(dir, 'nginx.conf'),
      `daemon off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  client_body_temp_path ${dir};\n  proxy_temp_path ${dir};\n  fastcgi_temp_path ${dir};\n  uwsgi_temp_path ${dir};\n  scgi_temp_path ${dir};\n${renderNginxConfig({ root: site, port, headers })}}\n`,
    );
    execFileSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
    const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
    stop = () => child.kill('SIGQUIT');
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
  afterAll(() => {
    stop();
  });

  it.each(['/', '/index.html', '/assets/app-abc123.js', '/some/deep/link'])(
    'sends every security header on %s',
    async (path) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      expect(response.status).toBe(200);
      for (const [name, value] of Object.entries(headers)) {
        expect(response.headers.get(name), name).toBe(value);
      }
    },
  );

  it('caches hashed assets forever and the page never', async () => {
    expect(
      (await fetch(`http://127.0.0.1:${port}/assets/app-abc123.js`)).headers.get('cache-control'),
    ).toContain('immutable');
    expect((await fetch(`http://127.0.0.1:${port}/`)).headers.get('cache-control')).toBe(
      'no-cache',
    );
  });

  it('refuses header values that would break out of the config', () => {
    expect(() => renderNginxConfig({ root: '/x', port: 1, headers: { X: 'a"; evil' } })).toThrow();
  });
});
