// The sandbox's own doors (issue 15): a web page must not drive the control API, and no request
// addressed to a foreign name (DNS rebinding) gets an answer.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { control, TEST_CONSOLE_ORIGIN, useTestSandbox } from './sandbox-fixture.ts';

const sandbox = useTestSandbox();

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request with exactly these headers (fetch would set Host itself). */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<RawAnswer> {
  const { hostname, port } = new URL(sandbox.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const ownHost = () => new URL(sandbox.url).host;
const stsCall = 'Action=GetCallerIdentity&Version=2011-06-15';

describe('control API', () => {
  it('refuses a text/plain POST from another origin, and the fault is not set', async () => {
    const answer = await raw(
      'POST',
      '/__sandbox/faults',
      { host: ownHost(), origin: 'https://evil.example', 'content-type': 'text/plain' },
      JSON.stringify({ mode: 'http500' }),
    );
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    const next = await raw(
      'POST',
      '/',
      { host: ownHost(), 'content-type': 'application/x-www-form-urlencoded' },
      stsCall,
    );
    expect(next.status).not.toBe(500);
  });

  it('refuses JSON from another origin, and text/plain even without an Origin', async () => {
    const json = await raw(
      'POST',
      '/__sandbox/clock',
      { host: ownHost(), origin: 'https://evil.example', 'content-type': 'application/json' },
      JSON.stringify({ advanceSeconds: 86_400 }),
    );
    expect(json.status).toBe(403);
    const plain = await raw(
      'POST',
      '/__sandbox/clock',
      { host: ownHost(), 'content-type': 'text/plain' },
      JSON.stringify({ advanceSeconds: 86_400 }),
    );
    expect(plain.status).toBe(415);
    // The clock did not move: a reset reports no offset.
    expect(await control(sandbox, 'clock', { reset: true })).toMatchObject({ offsetSeconds: 0 });
  });

  it('takes JSON from the console origin (with CORS) and from Node (no Origin)', async () => {
    const fromConsole = await raw(
      'POST',
      '/__sandbox/stats/reset',
      { host: ownHost(), origin: TEST_CONSOLE_ORIGIN, 'content-type': 'application/json' },
      '{}',
    );
    expect(fromConsole.status).toBe(200);
    expect(fromConsole.headers['access-control-allow-origin']).toBe(TEST_CONSOLE_ORIGIN);
    expect(await control(sandbox, 'faults', { mode: 'none' })).toEqual({ mode: 'none' });
  });
});

describe('Host header', () => {
  it('answers under its own names', async () => {
    const port = new URL(sandbox.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      const answer = await raw('GET', '/oidc/.well-known/openid-configuration', { host });
      expect(answer.status).toBe(200);
    }
  });

  it('refuses a foreign Host everywhere, and the discovery document never reflects it', async () => {
    const port = new URL(sandbox.url).port;
    const foreign = `rebound.evil.example:${port}`;
    for (const path of [
      '/oidc/.well-known/openid-configuration',
      '/outbound/.well-known/openid-configuration',
      '/__sandbox/stats',
    ]) {
      const answer = await raw('GET', path, { host: foreign });
      expect(answer.status, path).toBe(421);
      expect(answer.body).not.toContain('evil.example');
    }
    const sts = await raw(
      'POST',
      '/',
      { host: foreign, 'content-type': 'application/x-www-form-urlencoded' },
      stsCall,
    );
    expect(sts.status).toBe(421);
  });
});
