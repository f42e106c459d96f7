import { describe, expect, it } from 'vitest';
import { looksLikeSecret } from './secret-looking.ts';
import { parseShareLink } from './share-link.ts';

// Session-token-like: 300 base64 characters with a `+` every ten, no AWS prefix.
const SESSION_TOKEN = 'Ab3+cd/EF1'.repeat(30);
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const SECRET_KEY_WITH_PLUS = 'wJalrXUtnFEMI+K7MDENG+bPxRfiCY1XAMPLEKEY';

describe('looksLikeSecret', () => {
  it.each([
    ['a 40-character secret access key', SECRET_KEY],
    ['a secret key after a label', `aws_secret_access_key=${SECRET_KEY}`],
    ['a secret key whose + became spaces', SECRET_KEY_WITH_PLUS.replace(/\+/g, ' ')],
    [
      'a JWT whose header has a space (eyA…)',
      'eyAiYWxnIjogIkhTMjU2IiwgInR5cCI6ICJKV1QiIH0.IHsic3ViIjoieCJ9.c2lnbmF0dXJl',
    ],
    [
      'a JWT whose header starts with a newline (ewog…)',
      'ewogICJhbGciOiAiUlMyNTYiCn0.aGVsbG8.c2ln',
    ],
    [
      'an unsecured JWT with an empty signature',
      'IHsidHlwIjoiSldUIiwiYWxnIjoibm9uZSJ9.IHsic3ViIjoieCJ9.',
    ],
    [
      'a JWE with an empty encrypted key',
      'eyJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiZGlyIn0..aXY.Y2lwaGVy.dGFn',
    ],
    ['a JWT behind "Bearer "', 'Bearer ewogICJhbGciOiAiUlMyNTYiCn0.aGVsbG8.c2ln'],
    ['a session token whose + became spaces', SESSION_TOKEN.replace(/\+/g, ' ')],
    ['a session token', SESSION_TOKEN],
    ['an AWS session token prefix', 'IQoJb3JpZ2luX2VjEA'],
    ['a secret key percent-encoded twice', encodeURIComponent(SECRET_KEY_WITH_PLUS)],
    ['an access key ID', 'AKIAIOSFODNN7EXAMPLE'],
    ['a classic JWT', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.sig'],
    ['a SAML response', 'PHNhbWxwOlJlc3BvbnNl'],
  ])('refuses %s', (_name, value) => {
    expect(looksLikeSecret(value)).toBe(true);
  });

  it.each([
    ['a role ARN', 'arn:aws:iam::111122223333:role/WebIdentityDemo'],
    ['a role ARN with a path', 'arn:aws:iam::111122223333:role/service-role/Deploy+Prod'],
    ['an MFA serial', 'arn:aws:iam::111122223333:mfa/alice'],
    ['a session name', 'alice@example.com'],
    ['a UUID external ID', '3f1e2d4c-5b6a-4789-9abc-def012345678'],
    ['a provider ID', 'graph.facebook.com'],
    ['dotted words', 'a.b.c.example.com'],
    ['a signing algorithm', 'RS256'],
    ['a duration', '3600'],
    ['a 40-character name without digits', 'ProjectAlphaServiceAccountReadOnlyAccess'],
    ['40 repeated characters', 'A'.repeat(40)],
    ['a percent sign that is not an escape', '100%'],
    ['a JOSE-looking token whose header has no alg', 'IHsidHlwIjoiSldUIn0.IHsic3ViIjoieCJ9.c2ln'],
  ])('lets %s through', (_name, value) => {
    expect(looksLikeSecret(value)).toBe(false);
  });

  it('stays linear on a megabyte of token characters', () => {
    const started = performance.now();
    looksLikeSecret('a.'.repeat(500_000));
    looksLikeSecret('x'.repeat(1_000_000));
    // Generous: a quadratic scan of a megabyte takes minutes, not seconds.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('parseShareLink checks decoded values', () => {
  it.each([
    ['an unencoded + in a secret key', `RoleSessionName=${SECRET_KEY_WITH_PLUS}`],
    ['a secret key', `ExternalId=${encodeURIComponent(SECRET_KEY)}`],
    ['a session token with raw +', `ExternalId=${SESSION_TOKEN}`],
    ['a JWT not starting eyJ', 'RoleSessionName=ewogICJhbGciOiAiUlMyNTYiCn0.aGVsbG8.c2ln'],
  ])('refuses %s', (_name, query) => {
    const result = parseShareLink('AssumeRole', new URLSearchParams(query));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/looks like a secret/);
  });

  it('refuses a secret in a parameter name without echoing it', () => {
    const result = parseShareLink('AssumeRole', new URLSearchParams(`${SECRET_KEY}=1`));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).not.toContain(SECRET_KEY);
  });
});
