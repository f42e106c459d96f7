import { describe, expect, it } from 'vitest';
import type { OidcProvider } from '../lib/oidc/provider-settings.ts';
import { rememberSignInToken, signInProviderOf } from './signed-in-tokens.ts';

const provider = (name: string): OidcProvider => ({
  name,
  issuer: `https://${name}.example`,
  clientId: 'console',
  scopes: 'openid',
  audience: undefined,
  audienceParameter: 'audience',
  roleArn: undefined,
});

describe('signed-in tokens', () => {
  it('finds the provider of a token this tab signed in for, and no other', () => {
    rememberSignInToken('h.c.sig-one', provider('one'));
    expect(signInProviderOf('h.c.sig-one')?.name).toBe('one');
    expect(signInProviderOf('h.c.sig-two')).toBeUndefined();
    expect(signInProviderOf(undefined)).toBeUndefined();
  });

  it('ignores what is not a JWT (no signature part)', () => {
    rememberSignInToken('not-a-jwt', provider('x'));
    expect(signInProviderOf('not-a-jwt')).toBeUndefined();
    rememberSignInToken('h.c.', provider('y'));
    expect(signInProviderOf('h.c.')).toBeUndefined();
  });

  it('keeps the last eight sign-ins', () => {
    for (let i = 0; i < 10; i += 1)
      rememberSignInToken(`h.c.s${String(i)}`, provider(`p${String(i)}`));
    expect(signInProviderOf('h.c.s0')).toBeUndefined();
    expect(signInProviderOf('h.c.s1')).toBeUndefined();
    expect(signInProviderOf('h.c.s2')?.name).toBe('p2');
    expect(signInProviderOf('h.c.s9')?.name).toBe('p9');
  });
});
