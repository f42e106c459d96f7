import { describe, expect, it } from 'vitest';
import { makeJwt } from '../../lib/decoders/test-helpers.ts';
import { summarizeToken, tokenAdviceContext } from './token-summary.ts';

const ISSUER = 'https://idp.example.com';

describe('summarizeToken', () => {
  it('decodes the token and suggests a session name from its email, else its sub', () => {
    const withEmail = summarizeToken(
      makeJwt({ alg: 'RS256' }, { iss: ISSUER, sub: 'u-1', email: 'alice@example.com' }),
    );
    expect(withEmail.decoded.ok).toBe(true);
    expect(withEmail.issuer).toBe(ISSUER);
    expect(withEmail.sessionName).toBe('alice@example.com');
    expect(summarizeToken(makeJwt({ alg: 'RS256' }, { sub: 'bob' })).sessionName).toBe('bob');
  });

  it('says why text is not a JWT, and suggests nothing', () => {
    const summary = summarizeToken('not a token');
    expect(summary.decoded.ok).toBe(false);
    expect(summary.sessionName).toBeUndefined();
    expect(summary.issuer).toBeUndefined();
  });
});

describe('tokenAdviceContext', () => {
  it('gives the audiences and issuer of the token sent', () => {
    const token = makeJwt({ alg: 'RS256' }, { iss: ISSUER, aud: ['a', 'b'] });
    expect(tokenAdviceContext(token)).toEqual({ tokenAudience: 'a, b', tokenIssuer: ISSUER });
  });

  it('gives nothing for no token or text that is not one', () => {
    expect(tokenAdviceContext(undefined)).toEqual({
      tokenAudience: undefined,
      tokenIssuer: undefined,
    });
    expect(tokenAdviceContext('x.y')).toEqual({ tokenAudience: undefined, tokenIssuer: undefined });
  });
});
