import { describe, expect, it } from 'vitest';
import { decodeJwt, JWT_MAX_LENGTH } from './jwt.ts';
import { jwtTimes, jwtWarnings } from './jwt-warnings.ts';
import { trustPolicyConditionJson, trustPolicyConditionKeys } from './jwt-trust-policy.ts';
import { b64url, makeJwt } from './test-helpers.ts';

const header = { alg: 'RS256', kid: 'k1', typ: 'JWT' };
const claims = {
  iss: 'https://token.actions.githubusercontent.com',
  aud: 'sts.amazonaws.com',
  sub: 'repo:octo/app:ref:refs/heads/main',
  iat: 1_700_000_000,
  nbf: 1_700_000_000,
  exp: 1_700_003_600,
};

describe('decodeJwt', () => {
  it('decodes header, claims and keeps the parts', () => {
    const token = makeJwt(header, claims);
    const result = decodeJwt(`  ${token}\n`);
    expect(result).toEqual({
      ok: true,
      value: { header, claims, signatureB64: 'c2lnbmF0dXJl', parts: token.split('.') },
    });
  });

  it('tolerates base64 padding and standard-alphabet characters', () => {
    const padded = `${b64url(JSON.stringify(header))}==.${b64url(JSON.stringify(claims))}.sig`;
    expect(decodeJwt(padded).ok).toBe(true);
  });

  it('reads UTF-8 claims', () => {
    const result = decodeJwt(makeJwt(header, { ...claims, name: 'Zoë 漢字 😀' }));
    expect(result.ok && result.value.claims.name).toBe('Zoë 漢字 😀');
  });

  it.each([
    ['a.b', 'A JWT has three parts separated by dots; this has 2.'],
    ['abc', 'A JWT has three parts separated by dots; this has no dots.'],
    ['a.b.c.d', 'A JWT has three parts separated by dots; this has 4.'],
    ['', 'The token is empty.'],
  ])('explains %j', (token, message) => {
    expect(decodeJwt(token)).toEqual({ ok: false, error: message });
  });

  it('refuses encrypted tokens (JWE) in words', () => {
    const result = decodeJwt('a.b.c.d.e');
    expect(!result.ok && result.error).toMatch(/encrypted token/);
  });

  it.each([
    [`${b64url('[1,2]')}.${b64url('{}')}.x`, /header part: It is JSON, but not a JSON object/],
    [
      `${b64url('{}')}.${b64url('"str"')}.x`,
      /claims \(payload\) part: It is JSON, but not a JSON object/,
    ],
    [`${b64url('{}')}.${b64url('{bad')}.x`, /claims \(payload\) part: It is not valid JSON/],
    [`${b64url('{}')}.a*b.x`, /not base64url: It contains "\*"/],
    [`.${b64url('{}')}.x`, /header part is empty/],
    [`${b64url('{}')}.${b64url('{}')}.a$b`, /signature is not base64url/],
    [`${b64url('{}')}._w.x`, /claims \(payload\) part: It is not valid UTF-8/],
  ])('rejects malformed token %#', (token, message) => {
    const result = decodeJwt(token);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('refuses tokens longer than STS accepts before decoding', () => {
    const result = decodeJwt(`${'a'.repeat(JWT_MAX_LENGTH)}.b.c`);
    expect(!result.ok && result.error).toMatch(/STS accepts at most 20,000/);
  });

  it('keeps a __proto__ claim as data and pollutes nothing', () => {
    const token = `${b64url('{"alg":"RS256"}')}.${b64url('{"__proto__":{"polluted":1},"sub":"x"}')}.sig`;
    const result = decodeJwt(token);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.hasOwn(result.value.claims, '__proto__')).toBe(true);
  });
});

function without(obj: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key));
}

function decoded(h: object, c: object) {
  const result = decodeJwt(makeJwt(h, c));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('jwtWarnings', () => {
  const kinds = (h: object, c: object, now: number, expected?: string[]) =>
    jwtWarnings(decoded(h, c), now, expected ? { expectedAudiences: expected } : undefined).map(
      (w) => w.kind,
    );

  it('is quiet for a good token inside its lifetime', () => {
    expect(kinds(header, claims, 1_700_000_100)).toEqual([]);
  });

  it('flags expiry at exp and not-yet-valid before nbf', () => {
    expect(kinds(header, claims, 1_700_003_600)).toEqual(['expired']);
    expect(kinds(header, claims, 1_699_999_000)).toEqual(['not-yet-valid']);
  });

  it('says how long ago the token expired', () => {
    const [warning] = jwtWarnings(decoded(header, claims), 1_700_003_600 + 600);
    expect(warning?.message).toBe(
      'The token expired 10 minutes ago; get a fresh one from the identity provider.',
    );
  });

  it('flags alg none, unsupported algorithms and missing exp', () => {
    expect(kinds({ alg: 'none' }, claims, 1_700_000_100)).toEqual(['alg-none']);
    expect(kinds({ alg: 'HS256' }, claims, 1_700_000_100)).toEqual(['alg-unsupported']);
    expect(kinds(header, without(claims, 'exp'), 1_700_000_100)).toEqual(['no-exp']);
  });

  it('shows jku and x5u without following them', () => {
    const ws = jwtWarnings(
      decoded(
        { ...header, jku: 'https://evil.example/jwks', x5u: 'https://evil.example/x5u' },
        claims,
      ),
      1_700_000_100,
    );
    expect(ws.map((w) => w.kind)).toEqual(['jku-x5u', 'jku-x5u']);
    expect(ws[0]?.message).toContain('https://evil.example/jwks');
  });

  it('flags audiences the role is not known to trust, and missing audiences', () => {
    expect(kinds(header, claims, 1_700_000_100, ['my-client'])).toEqual(['audience']);
    expect(kinds(header, claims, 1_700_000_100, ['sts.amazonaws.com'])).toEqual([]);
    expect(
      kinds(header, { ...claims, aud: ['a', 'sts.amazonaws.com'] }, 1_700_000_100, [
        'sts.amazonaws.com',
      ]),
    ).toEqual([]);
    expect(kinds(header, without(claims, 'aud'), 1_700_000_100)).toEqual(['audience']);
  });

  it('flags issuers that are missing or not https, and non-numeric times', () => {
    expect(kinds(header, { ...claims, iss: 'http://idp' }, 1_700_000_100)).toEqual([
      'issuer-not-https',
    ]);
    expect(kinds(header, without(claims, 'iss'), 1_700_000_100)).toEqual(['no-issuer']);
    expect(kinds(header, { ...claims, exp: '1700003600' }, 1_700_000_100)).toEqual([
      'bad-time-claim',
    ]);
  });
});

describe('jwtTimes', () => {
  it('turns numeric iat/nbf/exp into dates and ignores the rest', () => {
    expect(jwtTimes({ iat: 0, nbf: 'soon', exp: 1_700_003_600 })).toEqual({
      issuedAt: new Date(0),
      expiresAt: new Date(1_700_003_600_000),
    });
    expect(jwtTimes({ exp: 1e300 })).toEqual({});
  });
});

describe('trustPolicyConditionKeys', () => {
  it('gives <issuer>:aud and <issuer>:sub for a generic OIDC issuer', () => {
    expect(trustPolicyConditionKeys(claims)).toEqual([
      {
        operator: 'StringEquals',
        key: 'token.actions.githubusercontent.com:aud',
        values: ['sts.amazonaws.com'],
        claim: 'aud',
      },
      {
        operator: 'StringEquals',
        key: 'token.actions.githubusercontent.com:sub',
        values: [claims.sub],
        claim: 'sub',
      },
    ]);
  });

  it('names a local http issuer without its scheme, as the sandbox does', () => {
    const keys = trustPolicyConditionKeys({
      iss: 'http://127.0.0.1:5174/oidc',
      aud: 'x',
      sub: 'y',
    });
    expect(keys.map((k) => k.key)).toEqual(['127.0.0.1:5174/oidc:aud', '127.0.0.1:5174/oidc:sub']);
  });

  it('keeps the issuer path and a trailing slash', () => {
    const keys = trustPolicyConditionKeys({
      iss: 'https://idp.example.com/tenant/1/',
      aud: 'x',
      sub: 'y',
    });
    expect(keys.map((k) => k.key)).toEqual([
      'idp.example.com/tenant/1/:aud',
      'idp.example.com/tenant/1/:sub',
    ]);
  });

  it('maps Google :aud to azp and :oaud to aud when azp is present', () => {
    const keys = trustPolicyConditionKeys({
      iss: 'https://accounts.google.com',
      azp: '1234.apps.googleusercontent.com',
      aud: 'my-aud',
      sub: '1001',
      email: 'a@example.com',
    });
    expect(keys.map((k) => [k.key, k.values])).toEqual([
      ['accounts.google.com:aud', ['1234.apps.googleusercontent.com']],
      ['accounts.google.com:oaud', ['my-aud']],
      ['accounts.google.com:sub', ['1001']],
      ['accounts.google.com:email', ['a@example.com']],
    ]);
  });

  it('adds Cognito amr with ForAnyValue:StringLike', () => {
    const keys = trustPolicyConditionKeys({
      iss: 'https://cognito-identity.amazonaws.com',
      aud: 'us-east-1:1234',
      sub: 'us-east-1:abcd',
      amr: ['authenticated', 'cognito-identity.amazonaws.com'],
    });
    expect(keys.at(-1)).toMatchObject({
      operator: 'ForAnyValue:StringLike',
      key: 'cognito-identity.amazonaws.com:amr',
      values: ['authenticated', 'cognito-identity.amazonaws.com'],
    });
  });

  it('renders a Condition block ready to paste', () => {
    const json = trustPolicyConditionJson(trustPolicyConditionKeys(claims));
    expect(JSON.parse(json)).toEqual({
      Condition: {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': claims.sub,
        },
      },
    });
  });

  it('offers nothing without an issuer', () => {
    expect(trustPolicyConditionKeys({ aud: 'x' })).toEqual([]);
  });
});
