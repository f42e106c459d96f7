import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, encodeAccessKeyId, readKeyIdAccount } from './access-key.ts';

describe('access key IDs', () => {
  it('decodes a published example key to its account', () => {
    expect(readKeyIdAccount('ASIAY34FZKBOKMUTVV7A')).toEqual({
      ok: true,
      value: { layout: 'current', account: '609629065308' },
    });
  });

  it.each(['111122223333', '444455556666', '000000000001', '999999999999'])(
    'round-trips account %s through every prefix with random filler',
    (account) => {
      for (const prefix of ['AKIA', 'ASIA', 'AROA', 'AIDA']) {
        const id = encodeAccessKeyId(prefix, account);
        // Current layout: the top bit of the first base32 character is set (Q–Z, 2–7).
        expect(id).toMatch(new RegExp(`^${prefix}[Q-Z2-7][A-Z2-7]{15}$`));
        expect(readKeyIdAccount(id)).toEqual({ ok: true, value: { layout: 'current', account } });
      }
    },
  );

  it('reads no account from an ID in the older layout, even when its other bits would spell one', () => {
    // The demo user's key AKIARTX3GSDS4RSW23ZR with the layout bit cleared (R → B): the same bits
    // below it, which in the current layout would read as 111122223333.
    expect(readKeyIdAccount('AKIARTX3GSDS4RSW23ZR')).toEqual({
      ok: true,
      value: { layout: 'current', account: '111122223333' },
    });
    expect(readKeyIdAccount('AKIABTX3GSDS4RSW23ZR')).toEqual({
      ok: true,
      value: { layout: 'older' },
    });
    expect(readKeyIdAccount('AKIAIOSFODNN7EXAMPLE')).toEqual({
      ok: true,
      value: { layout: 'older' },
    });
  });

  it('rejects malformed key IDs and account bits past 12 digits', () => {
    expect(readKeyIdAccount('AKIA123').ok).toBe(false);
    expect(readKeyIdAccount('AKIA0000000000000000').ok).toBe(false);
    const allOnes = base32Encode(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]));
    expect(readKeyIdAccount(`AKIA${allOnes}`)).toEqual({
      ok: false,
      error: 'its account bits do not form a 12-digit account ID',
    });
  });

  it('base32 matches RFC 4648 test vectors', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    const decoded = base32Decode('MZXW6YTBOI');
    expect(decoded.ok && Buffer.from(decoded.value).toString()).toBe('foobar');
    expect(base32Decode('MZ1').ok).toBe(false);
  });
});
