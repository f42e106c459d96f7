import { describe, expect, it } from 'vitest';
import { buildShareLink, parseShareLink } from './share-link.ts';

const aws = {
  kind: 'aws',
  region: 'eu-west-1',
  useFips: false,
  useDualStack: false,
  useGlobalEndpoint: false,
} as const;

describe('share links', () => {
  it('round-trip non-secret fields and settings', () => {
    const link = buildShareLink(
      'https://console.example.com/#/old',
      'AssumeRole',
      {
        RoleArn: 'arn:aws:iam::111122223333:role/Admin',
        RoleSessionName: 'alice',
        DurationSeconds: 900,
        TokenCode: '123456',
        Policy: '{}',
      },
      aws,
    );
    expect(link).toBe(
      'https://console.example.com/#/assume-role?RoleArn=arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2FAdmin&RoleSessionName=alice&DurationSeconds=900&region=eu-west-1&endpoint=aws',
    );
    const params = new URLSearchParams(link.split('?')[1]);
    expect(parseShareLink('AssumeRole', params)).toEqual({
      ok: true,
      value: {
        values: {
          RoleArn: 'arn:aws:iam::111122223333:role/Admin',
          RoleSessionName: 'alice',
          DurationSeconds: 900,
        },
        region: 'eu-west-1',
        endpoint: 'aws',
      },
    });
  });

  it.each([
    ['WebIdentityToken', 'x'],
    ['TokenCode', '123456'],
    ['SecretAccessKey', 'abc'],
    ['SAMLAssertion', 'abcd'],
    ['Policy', '{}'],
  ])('refuses a link that tries to fill %s', (key, value) => {
    const result = parseShareLink(
      'AssumeRoleWithWebIdentity',
      new URLSearchParams({ [key]: value }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(key);
  });

  it('refuses secret-looking values even in allowed fields', () => {
    for (const value of [
      'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.sig',
      'AKIAIOSFODNN7EXAMPLE',
      'A'.repeat(300),
      'PHNhbWxwOlJlc3BvbnNl',
    ]) {
      const result = parseShareLink('AssumeRole', new URLSearchParams({ RoleSessionName: value }));
      expect(result.ok, value).toBe(false);
    }
  });

  it('never writes a secret-looking value into a link', () => {
    const link = buildShareLink(
      'http://x/',
      'AssumeRole',
      { RoleSessionName: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.s' },
      aws,
    );
    expect(link).not.toContain('eyJ');
  });

  it('checks region and endpoint', () => {
    expect(parseShareLink('AssumeRole', new URLSearchParams({ region: 'Mars' })).ok).toBe(false);
    expect(
      parseShareLink('AssumeRole', new URLSearchParams({ endpoint: 'javascript:alert(1)' })).ok,
    ).toBe(false);
    expect(
      parseShareLink('AssumeRole', new URLSearchParams({ endpoint: 'http://localhost:4566' })),
    ).toEqual({
      ok: true,
      value: { values: {}, endpoint: { url: 'http://localhost:4566' } },
    });
  });
});
