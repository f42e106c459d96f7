import { describe, expect, it } from 'vitest';
import { makeJwt } from '../decoders/test-helpers.ts';
import type { OidcProvider } from '../oidc/provider-settings.ts';
import { issuingEndpoint, renewalSource } from './renewal-source.ts';
import type { WalletEntry } from './wallet-store.ts';
import { sandboxBinding } from './wallet-fixtures.ts';

const NOW = Date.UTC(2026, 0, 1, 12);

function session(over: Partial<WalletEntry> = {}): WalletEntry {
  return {
    id: 'child',
    label: 'Admin/x',
    createdAt: new Date(NOW),
    parentId: 'keys',
    credentials: {
      accessKeyId: 'ASIACHILD',
      secretAccessKey: 's',
      sessionToken: 't',
      expiration: new Date(NOW + 3_600_000),
    },
    source: { operation: 'AssumeRole', params: { RoleArn: 'r', RoleSessionName: 'x' } },
    binding: sandboxBinding,
    ...over,
  };
}

const keys: WalletEntry = {
  id: 'keys',
  label: 'my keys',
  createdAt: new Date(NOW),
  credentials: { accessKeyId: 'AKIAKEYS', secretAccessKey: 's' },
  source: { operation: 'Keys', params: {} },
  binding: sandboxBinding,
};

/** A JWT whose exp is `expSeconds`. */
function token(expSeconds: number): string {
  return makeJwt({ alg: 'RS256' }, { sub: 'alice', exp: expSeconds });
}

describe('renewalSource', () => {
  it('signs with long-term keys still in the wallet', () => {
    expect(renewalSource(session(), [keys], NOW)).toEqual({ ok: true, value: { signer: keys } });
  });

  it('signs with a live parent session, not with an expired one', () => {
    const parent = session({
      id: 'keys',
      label: 'Parent/p',
      parentId: undefined,
      credentials: { ...session().credentials, expiration: new Date(NOW + 900_000) },
    });
    expect(renewalSource(session(), [parent], NOW)).toEqual({
      ok: true,
      value: { signer: parent },
    });
    expect(renewalSource(session(), [parent], NOW + 900_000)).toEqual({
      ok: false,
      error: 'the set that signed for it (“Parent/p”) has expired',
    });
  });

  it('keeps no expired set fresh: Run again renews it', () => {
    expect(renewalSource(session(), [keys], NOW + 3_600_000)).toEqual({
      ok: false,
      error: 'it has expired (Run again renews it)',
    });
  });

  it('says so when the parent is gone', () => {
    expect(renewalSource(session(), [], NOW)).toEqual({
      ok: false,
      error: 'the set that signed for it is no longer in the wallet',
    });
  });

  it('does not send the parent to an endpoint it is not bound to', () => {
    const elsewhere: WalletEntry = {
      ...keys,
      binding: { issuedBy: { kind: 'custom', url: 'https://sts.example' }, allowed: [] },
    };
    const answer = renewalSource(session(), [elsewhere], NOW);
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.error).toMatch(/may not be sent to the local sandbox/);
  });

  it('trades a web identity token again while it is valid', () => {
    const web = (webIdentityToken: string | undefined) =>
      session({
        parentId: undefined,
        webIdentityToken,
        source: { operation: 'AssumeRoleWithWebIdentity', params: { RoleArn: 'r' } },
      });
    expect(renewalSource(web(token(NOW / 1000 + 120)), [], NOW)).toEqual({ ok: true, value: {} });
    // A token about to expire is as good as expired: the call would reach STS too late.
    expect(renewalSource(web(token(NOW / 1000 + 30)), [], NOW)).toMatchObject({ ok: false });
    expect(renewalSource(web(token(NOW / 1000)), [], NOW)).toEqual({
      ok: false,
      error: 'the web identity token it used has expired',
    });
    expect(renewalSource(web(undefined), [], NOW)).toEqual({
      ok: false,
      error: 'the web identity token it used is no longer in memory',
    });
    expect(renewalSource(web('not a jwt'), [], NOW)).toEqual({
      ok: false,
      error: 'the web identity token it used has no readable expiry',
    });
  });

  it('signs in again with the provider that issued an expired token, never for a pasted one', () => {
    const provider: OidcProvider = {
      name: 'Sandbox',
      issuer: 'http://127.0.0.1:5174/oidc',
      clientId: 'sts-console',
      scopes: 'openid email',
      audience: undefined,
      audienceParameter: 'audience',
      roleArn: undefined,
    };
    const web = (webIdentityToken: string | undefined, signIn?: OidcProvider) =>
      session({
        parentId: undefined,
        webIdentityToken,
        signIn,
        source: { operation: 'AssumeRoleWithWebIdentity', params: { RoleArn: 'r' } },
      });
    // Still valid: the token is traded again, no sign-in.
    expect(renewalSource(web(token(NOW / 1000 + 600), provider), [], NOW)).toEqual({
      ok: true,
      value: {},
    });
    expect(renewalSource(web(token(NOW / 1000 - 1), provider), [], NOW)).toEqual({
      ok: true,
      value: { signIn: provider },
    });
    expect(renewalSource(web(token(NOW / 1000 - 1)), [], NOW)).toEqual({
      ok: false,
      error: 'the web identity token it used has expired',
    });
  });

  it('refuses what only the user can give again', () => {
    const saml = session({ source: { operation: 'AssumeRoleWithSAML', params: {} } });
    expect(renewalSource(saml, [keys], NOW)).toEqual({
      ok: false,
      error: 'it needs a fresh SAML assertion',
    });
    const mfa = session({ source: { operation: 'AssumeRole', params: { SerialNumber: 'arn' } } });
    expect(renewalSource(mfa, [keys], NOW)).toEqual({
      ok: false,
      error: 'it needs a new MFA code',
    });
    const delegated = session({ source: { operation: 'GetDelegatedAccessToken', params: {} } });
    expect(renewalSource(delegated, [keys], NOW).ok).toBe(false);
  });

  it('has nothing to renew for keys the user brought', () => {
    expect(renewalSource(keys, [], NOW)).toEqual({
      ok: false,
      error: 'it was not issued by STS here: nothing renews it',
    });
    const imported = session({ source: { operation: 'Import', params: {} } });
    expect(renewalSource(imported, [keys], NOW).ok).toBe(false);
  });
});

describe('issuingEndpoint', () => {
  it('sends a renewal back with the issuing call’s own settings: FIPS and dual-stack kept', () => {
    const issuedWith = {
      kind: 'aws',
      region: 'us-gov-west-1',
      useGlobalEndpoint: false,
      useFips: true,
      useDualStack: true,
    } as const;
    const entry = session({
      binding: { issuedBy: { kind: 'aws', partition: 'aws-us-gov' }, allowed: [] },
      source: { operation: 'AssumeRole', params: {}, region: 'us-gov-west-1' },
      issuedWith,
    });
    expect(issuingEndpoint(entry)).toEqual(issuedWith);
  });

  it('rebuilds the settings from the binding for a set recorded without them', () => {
    const entry = session({
      binding: { issuedBy: { kind: 'aws', partition: 'aws' }, allowed: [] },
      source: { operation: 'AssumeRole', params: {}, region: 'eu-west-1' },
    });
    expect(issuingEndpoint(entry)).toEqual({
      kind: 'aws',
      region: 'eu-west-1',
      useGlobalEndpoint: false,
      useFips: false,
      useDualStack: false,
    });
  });
});
