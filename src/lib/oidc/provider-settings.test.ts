import { describe, expect, it } from 'vitest';
import { oidcProviderSchema, parseOidcSettings } from './provider-schema.ts';
import {
  DEFAULT_SCOPES,
  issuerProblem,
  redirectUriFor,
  sandboxProvider,
  withProvider,
  withRememberedRole,
  withoutProvider,
  type OidcProvider,
} from './provider-settings.ts';

const okta = {
  name: 'Okta',
  issuer: 'https://example.okta.com/oauth2/default/',
  clientId: '0oa1abcd',
};

function provider(overrides: Partial<OidcProvider> = {}): OidcProvider {
  return oidcProviderSchema.parse({ ...okta, ...overrides });
}

describe('oidcProviderSchema', () => {
  it('fills the default scopes and trims the issuer’s trailing slash', () => {
    expect(oidcProviderSchema.parse(okta)).toEqual({
      name: 'Okta',
      issuer: 'https://example.okta.com/oauth2/default',
      clientId: '0oa1abcd',
      scopes: DEFAULT_SCOPES,
      audience: undefined,
      audienceParameter: 'audience',
      roleArn: undefined,
    });
    expect(oidcProviderSchema.parse({ ...okta, scopes: '  ' }).scopes).toBe('openid email');
    expect(oidcProviderSchema.parse({ ...okta, scopes: 'openid   profile' }).scopes).toBe(
      'openid profile',
    );
  });

  it.each([
    ['http://example.com', /https/],
    ['ftp://example.com', /https/],
    ['example.com', /full URL/],
    ['https://user:pw@example.com', /user name/],
    ['https://example.com/?a=1', /query/],
    ['https://example.com/#x', /query/],
  ])('refuses the issuer %s', (issuer, message) => {
    const result = oidcProviderSchema.safeParse({ ...okta, issuer });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });

  it.each(['http://127.0.0.1:5174/oidc', 'http://localhost:8080/realms/x', 'http://[::1]:9/'])(
    'accepts plain http on loopback: %s',
    (issuer) => {
      expect(issuerProblem(issuer)).toBeUndefined();
    },
  );

  it('requires the openid scope and clean scope tokens', () => {
    expect(oidcProviderSchema.safeParse({ ...okta, scopes: 'email profile' }).success).toBe(false);
    expect(oidcProviderSchema.safeParse({ ...okta, scopes: 'openid "x"' }).success).toBe(false);
  });

  it('has no client secret: unknown keys are dropped', () => {
    const parsed = oidcProviderSchema.parse({ ...okta, clientSecret: 'hunter2' });
    expect(parsed).not.toHaveProperty('clientSecret');
  });

  it('refuses empty names and client IDs, and client IDs with spaces', () => {
    expect(oidcProviderSchema.safeParse({ ...okta, name: ' ' }).success).toBe(false);
    expect(oidcProviderSchema.safeParse({ ...okta, clientId: '' }).success).toBe(false);
    expect(oidcProviderSchema.safeParse({ ...okta, clientId: 'a b' }).success).toBe(false);
  });

  it('accepts a role ARN to prefill and refuses anything else there', () => {
    const roleArn = 'arn:aws:iam::111122223333:role/WebIdentityDemo';
    expect(provider({ roleArn }).roleArn).toBe(roleArn);
    expect(oidcProviderSchema.safeParse({ ...okta, roleArn: 'role/x' }).success).toBe(false);
    expect(oidcProviderSchema.parse({ ...okta, roleArn: '' }).roleArn).toBeUndefined();
  });

  it('keeps the audience and where to send it', () => {
    const p = provider({ audience: 'https://api.example.com', audienceParameter: 'resource' });
    expect(p.audience).toBe('https://api.example.com');
    expect(p.audienceParameter).toBe('resource');
  });
});

describe('parseOidcSettings', () => {
  it('keeps only the first of two providers with the same name, whatever the case', () => {
    const parsed = parseOidcSettings({ providers: [okta, { ...okta, name: 'OKTA' }] });
    expect(parsed?.providers.map((p) => p.name)).toEqual(['Okta']);
  });

  it('keeps the valid providers of what storage held and drops the rest', () => {
    const parsed = parseOidcSettings({
      providers: [okta, { name: 'Broken', issuer: 'http://evil.example', clientId: 'x' }, 42],
    });
    expect(parsed?.providers.map((p) => p.name)).toEqual(['Okta']);
  });

  it.each([null, 'x', {}, { providers: 'no' }])('falls back for %j', (raw) => {
    expect(parseOidcSettings(raw)).toBeUndefined();
  });
});

describe('settings helpers', () => {
  it('preconfigures the sandbox’s provider', () => {
    expect(sandboxProvider('http://127.0.0.1:5174/')).toMatchObject({
      name: 'Sandbox',
      issuer: 'http://127.0.0.1:5174/oidc',
      clientId: 'sts-console',
      scopes: 'openid email',
    });
    expect(oidcProviderSchema.safeParse(sandboxProvider('http://127.0.0.1:5174')).success).toBe(
      true,
    );
  });

  it('uses the folder the console is served from as redirect URI', () => {
    expect(redirectUriFor('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173/');
    expect(redirectUriFor('http://127.0.0.1:5173/?code=x&state=y#/assume-role')).toBe(
      'http://127.0.0.1:5173/',
    );
    expect(redirectUriFor('https://me.github.io/sts-console/index.html#/x')).toBe(
      'https://me.github.io/sts-console/',
    );
  });

  it('adds, renames, replaces and removes providers by name', () => {
    let settings = withProvider({ providers: [] }, provider());
    settings = withProvider(settings, provider({ name: 'Auth0', clientId: 'b' }));
    expect(settings.providers.map((p) => p.name)).toEqual(['Okta', 'Auth0']);
    settings = withProvider(settings, provider({ name: 'okta', clientId: 'c' }));
    expect(settings.providers.map((p) => [p.name, p.clientId])).toEqual([
      ['okta', 'c'],
      ['Auth0', 'b'],
    ]);
    settings = withProvider(settings, provider({ name: 'Work', clientId: 'c' }), 'okta');
    expect(settings.providers.map((p) => p.name)).toEqual(['Work', 'Auth0']);
    expect(withoutProvider(settings, 'WORK').providers.map((p) => p.name)).toEqual(['Auth0']);
  });

  it('remembers a role ARN per provider, ignoring what is not a role ARN', () => {
    const settings = { providers: [provider(), provider({ name: 'Other' })] };
    const roleArn = 'arn:aws:iam::111122223333:role/WebIdentityDemo';
    const next = withRememberedRole(settings, 'okta', ` ${roleArn} `);
    expect(next.providers.map((p) => p.roleArn)).toEqual([roleArn, undefined]);
    expect(withRememberedRole(settings, 'Okta', 'not an arn')).toBe(settings);
  });
});
