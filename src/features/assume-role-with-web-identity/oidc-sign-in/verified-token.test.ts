import { afterEach, describe, expect, it } from 'vitest';
import {
  forgetUnlessVerified,
  rememberVerifiedToken,
  verifiedIssuerFor,
} from './verified-token.ts';

const ISSUER = 'https://idp.example.com';

afterEach(() => {
  forgetUnlessVerified(undefined);
});

describe('verified token', () => {
  it('knows nothing before a sign-in', () => {
    expect(verifiedIssuerFor('eyJ.a.b')).toBeUndefined();
    expect(verifiedIssuerFor(undefined)).toBeUndefined();
  });

  it('vouches for exactly the token the sign-in verified', () => {
    rememberVerifiedToken('eyJ.a.b', ISSUER);
    expect(verifiedIssuerFor('eyJ.a.b')).toBe(ISSUER);
    expect(verifiedIssuerFor('eyJ.a.bx')).toBeUndefined();
    expect(verifiedIssuerFor(' eyJ.a.b')).toBeUndefined();
    expect(verifiedIssuerFor(undefined)).toBeUndefined();
  });

  it('keeps the token while the field still holds it, forgets it for good once it does not', () => {
    rememberVerifiedToken('eyJ.a.b', ISSUER);
    forgetUnlessVerified('eyJ.a.b');
    expect(verifiedIssuerFor('eyJ.a.b')).toBe(ISSUER);
    forgetUnlessVerified('eyJ.a.b-edited');
    // Typing the same text back does not bring the claim back.
    expect(verifiedIssuerFor('eyJ.a.b')).toBeUndefined();
  });

  it('a new sign-in replaces the previous token', () => {
    rememberVerifiedToken('eyJ.a.b', ISSUER);
    rememberVerifiedToken('eyJ.c.d', 'https://other.example.com');
    expect(verifiedIssuerFor('eyJ.a.b')).toBeUndefined();
    expect(verifiedIssuerFor('eyJ.c.d')).toBe('https://other.example.com');
  });
});
