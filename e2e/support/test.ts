import { test as base, expect, type Page } from '@playwright/test';
import { sandboxUrl } from './sandbox.ts';

/**
 * Every e2e test runs under these guards (issue 7): after the test, no secret may be found in
 * storage, cookies, caches, service workers, the URL, the navigation history, a Referer header or
 * console output; no request may leave for a host other than the console and the sandbox; and the
 * page must have raised no Content-Security-Policy violation and no uncaught error.
 */
export interface Guard {
  /** Registers a secret the test used; it must not be found anywhere after the test. */
  secret(value: string): void;
  /** Allows requests to one more origin (a test's own local endpoint). */
  allowOrigin(origin: string): void;
}

/** Things that look like credentials, whatever the test registered. */
const SECRET_PATTERNS = [
  /eyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]*/, // JWTs
  /\bASIA[A-Z2-7]{16}\b/, // temporary access key IDs
  /PHNhbWxwOlJlc3BvbnNl|<samlp:Response/, // SAML responses
];

interface PageEvidence {
  console: string[];
  errors: string[];
  urls: string[];
  foreignRequests: string[];
  referers: string[];
}

async function storageDump(page: Page): Promise<string> {
  if (page.isClosed() || !page.url().startsWith('http')) return '';
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i) ?? '';
        out.push(key, store.getItem(key) ?? '');
      }
    }
    out.push(document.cookie, location.href);
    if ('indexedDB' in window && typeof indexedDB.databases === 'function') {
      const dbs = await indexedDB.databases();
      out.push(...dbs.map((d) => `indexedDB:${d.name ?? ''}`));
    }
    if ('caches' in window) out.push(...(await caches.keys()).map((k) => `cache:${k}`));
    if ('serviceWorker' in navigator) {
      const regs = await navigator.serviceWorker.getRegistrations();
      out.push(...regs.map((r) => `sw:${r.scope}`));
    }
    const w = window as unknown as { __cspViolations?: string[] };
    out.push(...(w.__cspViolations ?? []).map((v) => `csp-violation:${v}`));
    return out.join('\n');
  });
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL, context }, use) => {
      const secrets = new Set<string>();
      const evidence: PageEvidence = {
        console: [],
        errors: [],
        urls: [],
        foreignRequests: [],
        referers: [],
      };
      const allowed = new Set([
        new URL(baseURL ?? 'http://127.0.0.1').origin,
        new URL(sandboxUrl).origin,
      ]);
      await page.addInitScript(() => {
        const w = window as unknown as { __cspViolations: string[] };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      page.on('console', (m) => evidence.console.push(m.text()));
      page.on('pageerror', (e) => evidence.errors.push(String(e)));
      page.on('framenavigated', (f) => evidence.urls.push(f.url()));
      context.on('request', (r) => {
        const url = new URL(r.url());
        if (url.protocol.startsWith('http') && !allowed.has(url.origin))
          evidence.foreignRequests.push(r.url());
        const referer = r.headers().referer;
        if (referer) evidence.referers.push(referer);
      });
      await use({
        secret: (value) => secrets.add(value),
        allowOrigin: (origin) => allowed.add(new URL(origin).origin),
      });

      const dump = await storageDump(page);
      const everything = [dump, ...evidence.console, ...evidence.urls, ...evidence.referers].join(
        '\n',
      );
      for (const s of secrets) {
        expect(everything.includes(s), `a registered secret leaked (…${s.slice(-6)})`).toBe(false);
      }
      for (const pattern of SECRET_PATTERNS) {
        expect(everything, `something secret-looking leaked: ${pattern}`).not.toMatch(pattern);
      }
      expect(dump, 'Content-Security-Policy violations').not.toContain('csp-violation:');
      expect(
        evidence.foreignRequests,
        'requests to hosts other than the console and the sandbox',
      ).toEqual([]);
      expect(evidence.referers, 'requests that carried a Referer').toEqual([]);
      expect(evidence.errors, 'uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
