import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { fileSize, isJsOrCss } from './gzip.ts';

describe('isJsOrCss', () => {
  it('accepts scripts and styles, with or without a query', () => {
    expect(isJsOrCss('http://127.0.0.1:1/assets/index-abc.js')).toBe(true);
    expect(isJsOrCss('http://127.0.0.1:1/assets/index-abc.css?v=1')).toBe(true);
    expect(isJsOrCss('http://127.0.0.1:1/x.mjs')).toBe(true);
  });
  it('rejects documents, images and garbage', () => {
    expect(isJsOrCss('http://127.0.0.1:1/')).toBe(false);
    expect(isJsOrCss('http://127.0.0.1:1/favicon.svg')).toBe(false);
    expect(isJsOrCss('http://127.0.0.1:1/js.json')).toBe(false);
    expect(isJsOrCss('not a url')).toBe(false);
  });
});

describe('fileSize', () => {
  it('reports the raw length and the gzip length', () => {
    const body = new TextEncoder().encode('a'.repeat(10_000));
    const size = fileSize('/a.js', body);
    expect(size).toEqual({ file: '/a.js', bytes: 10_000, gzipBytes: gzipSync(body).byteLength });
    expect(size.gzipBytes).toBeLessThan(200);
  });
});
