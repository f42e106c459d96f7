import { describe, expect, it } from 'vitest';
import { encodeAccessKeyId } from '../../lib/decoders/access-key-id.ts';
import { compareAccounts, readKeyIdOffline } from './offline-key-info.ts';

const bytes = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

describe('readKeyIdOffline', () => {
  it('reads the account and meaning of a long-term key', () => {
    const info = readKeyIdOffline(encodeAccessKeyId('AKIA', '111122223333', bytes));
    expect(info).toMatchObject({ status: 'decoded', prefix: 'AKIA', account: '111122223333' });
    expect(info.status === 'decoded' && info.meaning).toContain('long-term');
  });

  it('reads a temporary key and tolerates surrounding spaces', () => {
    const id = encodeAccessKeyId('ASIA', '444455556666', bytes);
    const info = readKeyIdOffline(`  ${id}\n`);
    expect(info).toMatchObject({ status: 'decoded', prefix: 'ASIA', account: '444455556666' });
    expect(info.status === 'decoded' && info.meaning).toContain('session token');
  });

  it('says a unique ID of another kind is not an access key', () => {
    const info = readKeyIdOffline(encodeAccessKeyId('AROA', '111122223333', bytes));
    expect(info.status === 'decoded' && info.meaning).toContain('not an access key');
  });

  it('explains old-layout IDs carry no account', () => {
    const info = readKeyIdOffline('AKIAIOSFODNN7EXAMPLE');
    expect(info).toMatchObject({ status: 'decoded', prefix: 'AKIA' });
    expect(info).not.toHaveProperty('account');
    expect(info.status === 'decoded' && info.accountNote).toContain('older layout');
  });

  it('is empty for blank input and invalid for malformed input', () => {
    expect(readKeyIdOffline('   ')).toEqual({ status: 'empty' });
    expect(readKeyIdOffline('AKIA-not-a-key')).toMatchObject({ status: 'invalid' });
    expect(readKeyIdOffline('ZZZZ1234567890ABCDEF')).toMatchObject({ status: 'invalid' });
  });
});

describe('compareAccounts', () => {
  it('agrees, differs, or cannot compare', () => {
    expect(compareAccounts('111122223333', '111122223333').verdict).toBe('agree');
    const differ = compareAccounts('111122223333', '444455556666');
    expect(differ.verdict).toBe('differ');
    expect(differ.sentence).toContain('444455556666');
    expect(compareAccounts(undefined, '111122223333').verdict).toBe('offline-unknown');
  });
});
