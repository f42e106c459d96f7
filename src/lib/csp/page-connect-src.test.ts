import { afterEach, describe, expect, it } from 'vitest';
import { checkPageCanConnect, pageConnectSources } from './page-connect-src.ts';

function setPolicy(policy: string): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.append(meta);
}

afterEach(() => {
  document.head.querySelectorAll('meta').forEach((m) => {
    m.remove();
  });
});

describe('pageConnectSources', () => {
  it('reads the page’s own policy, and nothing where there is none', () => {
    expect(pageConnectSources()).toBeUndefined();
    setPolicy("default-src 'none'; connect-src http://localhost:* https://sts.amazonaws.com");
    expect(pageConnectSources()).toEqual(['http://localhost:*', 'https://sts.amazonaws.com']);
  });
});

describe('checkPageCanConnect', () => {
  it('checks an endpoint against the page’s policy', () => {
    expect(checkPageCanConnect('https://sts.example.com').allowed).toBe(true);
    setPolicy("default-src 'none'; connect-src http://localhost:*");
    expect(checkPageCanConnect('http://localhost:4566').allowed).toBe(true);
    expect(checkPageCanConnect('https://sts.example.com').allowed).toBe(false);
  });
});
