import { describe, expect, it } from 'vitest';
import { resolveEndpoint } from '../src/lib/sts/resolve-endpoint.ts';
import { stsPartitions } from '../src/lib/sts/partitions.ts';
import {
  buildContentSecurityPolicy,
  buildSecurityHeaders,
  stsOrigins,
} from './security-headers.ts';
import { consoleBuildSettings, LOOPBACK_CONNECT_SOURCES } from './build-settings.ts';

describe('the CSP allows every STS endpoint the SDK can resolve', () => {
  const origins = new Set(stsOrigins());
  for (const p of stsPartitions) {
    for (const region of p.regions) {
      for (const useFips of [false, true]) {
        for (const useDualStack of [false, true]) {
          for (const useGlobalEndpoint of [false, true]) {
            const r = resolveEndpoint({
              kind: 'aws',
              region,
              useFips,
              useDualStack,
              useGlobalEndpoint,
            });
            if (!r.ok) continue;
            it(`${region} fips=${useFips} dualstack=${useDualStack} global=${useGlobalEndpoint}`, () => {
              expect(origins.has(new URL(r.value.url).origin)).toBe(true);
            });
          }
        }
      }
    }
  }
});

describe('buildContentSecurityPolicy', () => {
  const csp = buildContentSecurityPolicy({ extraConnectSources: ['http://127.0.0.1:5174'] });
  const directives = new Map(
    csp.split('; ').map((d) => {
      const [name, ...values] = d.split(' ');
      return [name, values] as const;
    }),
  );
  it('is strict', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });
  it('lists connect sources explicitly, with no bare wildcard', () => {
    const connect = directives.get('connect-src') ?? [];
    expect(connect).toContain('http://127.0.0.1:5174');
    expect(connect).toContain('https://sts.amazonaws.com');
    expect(connect.some((s) => s === '*' || s.includes('*'))).toBe(false);
  });
  it("does not let the page connect to its own origin ('self'): nothing needs it", () => {
    expect(directives.get('connect-src')).not.toContain("'self'");
    const deployment = buildContentSecurityPolicy({
      extraConnectSources: consoleBuildSettings({ STS_CONSOLE_NO_SANDBOX: '1' })
        .extraConnectSources,
    });
    expect(deployment).not.toMatch(/connect-src[^;]*'self'/);
    expect(deployment).toMatch(/connect-src https:\/\/sts[.-]/);
  });
  it('comes with the other security headers', () => {
    const headers = buildSecurityHeaders(csp);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
  });
});

describe('consoleBuildSettings', () => {
  it('defaults to 5173 and the sandbox on 5174', () => {
    const s = consoleBuildSettings({});
    expect(s).toMatchObject({
      port: 5173,
      sandboxPort: 5174,
      sandboxUrl: 'http://127.0.0.1:5174',
      embeddedSandbox: true,
    });
    expect(s.extraConnectSources).toEqual([
      'http://127.0.0.1:5174',
      'http://localhost:*',
      'http://127.0.0.1:*',
    ]);
  });
  it('reads PORT, SANDBOX_PORT and extra connect sources', () => {
    const s = consoleBuildSettings({
      PORT: '8080',
      SANDBOX_PORT: '9090',
      STS_CONSOLE_CONNECT_SRC: 'http://localhost:4566, https://idp.example.com',
    });
    expect(s.port).toBe(8080);
    expect(s.extraConnectSources).toEqual([
      'http://127.0.0.1:9090',
      ...LOOPBACK_CONNECT_SOURCES,
      'http://localhost:4566',
      'https://idp.example.com',
    ]);
  });
  it('leaves the sandbox and loopback out of a deployment build: its list is explicit', () => {
    const s = consoleBuildSettings({ STS_CONSOLE_NO_SANDBOX: '1' });
    expect(s.embeddedSandbox).toBe(false);
    expect(s.extraConnectSources).toEqual([]);
    const listed = consoleBuildSettings({
      STS_CONSOLE_NO_SANDBOX: '1',
      STS_CONSOLE_CONNECT_SRC: 'http://localhost:4566',
    });
    expect(listed.extraConnectSources).toEqual(['http://localhost:4566']);
  });
  it('refuses bad ports and sources that would break the policy', () => {
    expect(() => consoleBuildSettings({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => consoleBuildSettings({ SANDBOX_PORT: '70000' })).toThrow(/SANDBOX_PORT/);
    expect(() =>
      consoleBuildSettings({
        STS_CONSOLE_CONNECT_SRC: "https://x.com; script-src 'unsafe-inline'",
      }),
    ).toThrow();
  });
});
