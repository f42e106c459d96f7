import { describe, expect, it } from 'vitest';
import { connectSourcesOf, connectVerdict, sourceMatches } from './connect-src.ts';

const PAGE = 'http://127.0.0.1:5173';
const matches = (expression: string, url: string, page = PAGE) =>
  sourceMatches(expression, new URL(url), page);

describe('connectSourcesOf', () => {
  it('reads connect-src, else default-src, else nothing', () => {
    expect(
      connectSourcesOf("default-src 'none'; connect-src https://a.example http://localhost:*"),
    ).toEqual(['https://a.example', 'http://localhost:*']);
    expect(connectSourcesOf("default-src 'self'; script-src 'self'")).toEqual(["'self'"]);
    expect(connectSourcesOf("script-src 'self'")).toBeUndefined();
  });

  it('takes the first of a repeated directive, whatever its case', () => {
    expect(connectSourcesOf('CONNECT-SRC https://a.example; connect-src *')).toEqual([
      'https://a.example',
    ]);
  });
});

describe('sourceMatches', () => {
  it.each([
    // scheme, host and port as written
    ['https://sts.example.com', 'https://sts.example.com', true],
    ['https://sts.example.com', 'https://sts.example.com:443', true],
    ['https://sts.example.com', 'https://sts.example.com:8443', false],
    ['https://sts.example.com', 'http://sts.example.com', false],
    ['HTTPS://STS.Example.com', 'https://sts.example.com', true],
    // http: allows the upgrade to https, not the other way round
    ['http://sts.example.com', 'https://sts.example.com', true],
    ['http://sts.example.com:80', 'https://sts.example.com', false],
    // port wildcards and explicit default ports
    ['http://localhost:*', 'http://localhost:4566', true],
    ['http://localhost:*', 'http://localhost', true],
    ['http://localhost:*', 'http://127.0.0.1:4566', false],
    ['https://sts.example.com:443', 'https://sts.example.com', true],
    ['http://localhost:4566', 'http://localhost:4567', false],
    // host wildcards: any subdomain, never the bare domain
    ['https://*.example.com', 'https://sts.eu.example.com', true],
    ['https://*.example.com', 'https://example.com', false],
    ['https://*.example.com', 'https://badexample.com', false],
    ['https://*', 'https://anything.test', true],
    // no scheme: the page's, upgraded from http
    ['sts.example.com', 'http://sts.example.com', true],
    ['sts.example.com', 'https://sts.example.com', true],
    // paths: exact without a trailing slash, a prefix with one
    ['https://sts.example.com/sts', 'https://sts.example.com/sts', true],
    ['https://sts.example.com/sts', 'https://sts.example.com/sts/x', false],
    ['https://sts.example.com/sts/', 'https://sts.example.com/sts/x', true],
    ['https://sts.example.com/sts/', 'https://sts.example.com/other', false],
    // schemes, keywords and the bare wildcard
    ['https:', 'https://sts.example.com', true],
    ['http:', 'https://sts.example.com', true],
    ['https:', 'http://sts.example.com', false],
    ['*', 'https://sts.example.com', true],
    ["'none'", 'https://sts.example.com', false],
    ["'self'", 'http://127.0.0.1:5173/x', true],
    ["'self'", 'http://127.0.0.1:5174', false],
  ])('%s allows %s: %s', (expression, url, expected) => {
    expect(matches(expression, url)).toBe(expected);
  });

  it("lets 'self' on http follow the upgrade to https on the same host", () => {
    expect(matches("'self'", 'https://console.example', 'http://console.example')).toBe(true);
    expect(matches("'self'", 'http://console.example', 'https://console.example')).toBe(false);
  });

  it('never lets a host wildcard match an IP address', () => {
    expect(matches('http://*.0.0.1', 'http://127.0.0.1')).toBe(false);
  });
});

describe('connectVerdict', () => {
  const sources = ['http://localhost:*', 'http://127.0.0.1:*', 'https://sts.amazonaws.com'];

  it('allows what the list allows, and anything when there is no policy', () => {
    expect(connectVerdict('http://localhost:4566', sources, PAGE)).toEqual({
      allowed: true,
      origin: 'http://localhost:4566',
    });
    expect(connectVerdict('https://sts.example.com/x', undefined, PAGE).allowed).toBe(true);
  });

  it('says how to allow an origin the list does not have', () => {
    const verdict = connectVerdict('https://sts.example.com/sts', sources, PAGE);
    expect(verdict.allowed).toBe(false);
    expect(verdict).toMatchObject({ origin: 'https://sts.example.com' });
    if (!verdict.allowed) {
      expect(verdict.problem).toContain('does not allow https://sts.example.com');
      expect(verdict.fix).toContain('STS_CONSOLE_CONNECT_SRC=https://sts.example.com npm start');
      expect(verdict.fix).toContain(
        'STS_CONSOLE_CONNECT_SRC=https://sts.example.com npm run build',
      );
    }
  });

  it('sends [::1] to localhost: a policy cannot list an IPv6 address', () => {
    const verdict = connectVerdict('http://[::1]:4566', sources, PAGE);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) {
      expect(verdict.problem).toContain('cannot list an IPv6 address');
      expect(verdict.fix).toContain('Use http://localhost:4566 instead');
      expect(verdict.fix).not.toContain('STS_CONSOLE_CONNECT_SRC');
    }
  });
});
