import { describe, expect, it } from 'vitest';
import { toBashExports } from '../export-formats/bash.ts';
import { fromStsCredentials } from './from-sts-credentials.ts';
import { hasSessionToken, withoutBlankSessionToken } from './session-token.ts';
import { signerKind } from './signer-kind.ts';
import { createWallet, isLongTerm } from './wallet-store.ts';
import { sandboxBinding } from './wallet-fixtures.ts';

const keys = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' };

describe('hasSessionToken', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['   ', false],
    ['\n\t', false],
    ['token', true],
    [' token ', true],
  ])('%j → %s', (sessionToken, expected) => {
    expect(hasSessionToken({ ...keys, sessionToken })).toBe(expected);
    expect(isLongTerm({ ...keys, sessionToken })).toBe(!expected);
  });
});

describe('withoutBlankSessionToken', () => {
  it('drops a blank token and keeps a real one unchanged', () => {
    const expiration = new Date('2030-01-01T00:00:00Z');
    expect(withoutBlankSessionToken({ ...keys, sessionToken: ' ', expiration })).toStrictEqual({
      ...keys,
      expiration,
    });
    const real = { ...keys, sessionToken: ' t ' };
    expect(withoutBlankSessionToken(real)).toBe(real);
  });
});

describe('STS answering AKIA keys with an empty <SessionToken/>', () => {
  const output = { AccessKeyId: keys.accessKeyId, SecretAccessKey: 'secret', SessionToken: '' };

  it('is long-term keys from the boundary on', () => {
    const creds = fromStsCredentials(output);
    expect(creds).toBeDefined();
    if (!creds) return;
    expect('sessionToken' in creds).toBe(false);
    expect(isLongTerm(creds)).toBe(true);
    expect(toBashExports(creds, {})).toMatchObject({
      ok: true,
      value: expect.not.stringContaining('export AWS_SESSION_TOKEN') as unknown,
    });
  });

  it('is long-term keys in the wallet, whatever path it came in by', () => {
    const wallet = createWallet();
    const entry = wallet.add({
      label: 'typed',
      credentials: { ...keys, sessionToken: '' },
      source: { operation: 'Keys', params: {} },
      binding: sandboxBinding,
    });
    expect(entry.credentials.sessionToken).toBeUndefined();
    expect(signerKind({ ...entry, credentials: { ...keys, sessionToken: '' } })).toBe('long-term');
  });
});
