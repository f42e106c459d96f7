import { describe, expect, it } from 'vitest';
import {
  cleanCallbackUrl,
  looksLikeSignInCallback,
  readCallbackParameters,
} from './callback-url.ts';

describe('callback URL', () => {
  it('recognises a code or an error response, and nothing else', () => {
    expect(looksLikeSignInCallback('?code=abc&state=xyz')).toBe(true);
    expect(looksLikeSignInCallback('?error=access_denied&state=xyz')).toBe(true);
    expect(looksLikeSignInCallback('')).toBe(false);
    expect(looksLikeSignInCallback('?state=xyz')).toBe(false);
  });

  it('reads only the authorization response parameters', () => {
    const params = readCallbackParameters(
      'http://127.0.0.1:5173/?code=abc&state=xyz&iss=http%3A%2F%2Fidp&utm=1#/assume-role',
    );
    expect(params && Object.fromEntries(params)).toEqual({
      code: 'abc',
      state: 'xyz',
      iss: 'http://idp',
    });
    expect(readCallbackParameters('http://127.0.0.1:5173/#/x')).toBeUndefined();
    expect(readCallbackParameters('not a url')).toBeUndefined();
  });

  it.each([
    ['http://h/?code=abc&state=xyz&iss=http%3A%2F%2Fidp', '/'],
    ['http://h/?code=abc&state=xyz&session_state=1#/get-caller-identity', '/#/get-caller-identity'],
    [
      'http://h/app/?error=access_denied&error_description=End-User+aborted&error_uri=x&state=s',
      '/app/',
    ],
    ['http://h/?keep=1&code=abc&state=xyz', '/?keep=1'],
    ['http://h/', '/'],
  ])('cleans %s to %s', (href, clean) => {
    expect(cleanCallbackUrl(href)).toBe(clean);
    expect(cleanCallbackUrl(href)).not.toMatch(/code=|state=|error/);
  });
});
