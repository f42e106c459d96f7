import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  decodeAccountFromKeyId,
  encodeAccessKeyId,
} from './access-key.ts';

describe('access key IDs', () => {
  it('decodes a published example key to its account', () => {
    expect(decodeAccountFromKeyId('ASIAY34FZKBOKMUTVV7A')).toEqual({
      ok: true,
      value: '609629065308',
    });
  });

  it.each(['111122223333', '444455556666', '000000000001', '999999999999'])(
    'round-trips account %s through every prefix with random filler',
    (account) => {
      for (const prefix of ['AKIA', 'ASIA', 'AROA', 'AIDA']) {
        const id = encodeAccessKeyId(prefix, account);
        // Current layout: the top bit of the first base32 character is set (Q–Z, 2–7).
        expect(id).toMatch(new RegExp(`^${prefix}[Q-Z2-7][A-Z2-7]{15}$`));
        expect(decodeAccountFromKeyId(id)).toEqual({ ok: true, value: account });
      }
    },
  );

  it('rejects malformed key IDs', () => {
    expect(decodeAccountFromKeyId('AKIA123').ok).toBe(false);
    expect(decodeAccountFromKeyId('AKIA0000000000000000').ok).toBe(false);
  });

  it('base32 matches RFC 4648 test vectors', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    const decoded = base32Decode('MZXW6YTBOI');
    expect(decoded.ok && Buffer.from(decoded.value).toString()).toBe('foobar');
    expect(base32Decode('MZ1').ok).toBe(false);
  });
});
