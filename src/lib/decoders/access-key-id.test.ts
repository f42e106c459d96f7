import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeAccessKeyId,
  encodeAccessKeyId,
  UNIQUE_ID_PREFIXES,
  type UniqueIdPrefix,
} from './access-key-id.ts';

describe('decodeAccessKeyId', () => {
  it.each([
    // Published examples: Aidan Steele (awsteele.com, 2020) and Tal Be'ery's follow-up note.
    ['ASIAY34FZKBOKMUTVV7A', 'ASIA', 'Temporary access key', '609629065308'],
    ['ASIAQNZGKIQY56JQ7WML', 'ASIA', 'Temporary access key', '029608264753'],
    ['ASIAQAAAAAAAGMKEM7X5', 'ASIA', 'Temporary access key', '000000000000'],
  ])('%s → %s account %s', (id, prefix, kind, account) => {
    expect(decodeAccessKeyId(id)).toEqual({ ok: true, value: { prefix, kind, account } });
  });

  it('says when an older-layout key carries no account', () => {
    const result = decodeAccessKeyId('AKIAIOSFODNN7EXAMPLE');
    expect(result.ok && result.value).toMatchObject({
      prefix: 'AKIA',
      kind: 'Access key (long-term)',
    });
    expect(result.ok && result.value.account).toBeUndefined();
    expect(result.ok && result.value.accountNote).toMatch(/older layout/);
  });

  it('names every documented prefix', () => {
    expect(Object.keys(UNIQUE_ID_PREFIXES).sort()).toEqual([
      'ABIA',
      'ACCA',
      'AGPA',
      'AIDA',
      'AIPA',
      'AKIA',
      'ANPA',
      'ANVA',
      'APKA',
      'AROA',
      'ASCA',
      'ASIA',
    ]);
    const role = decodeAccessKeyId('AROAQAAAAAAAGMKEM7X5');
    expect(role.ok && role.value.kind).toBe('IAM role');
  });

  it.each([
    ['short', 'AKIA123', /16 to 128 characters/],
    ['lower case', 'akiaiosfodnn7example', /capital letters and digits/],
    ['unknown prefix', 'ZZZZIOSFODNN7EXAMPLE', /"ZZZZ" is not a prefix AWS uses/],
  ])('explains a %s ID', (_name, id, message) => {
    const result = decodeAccessKeyId(id);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('round-trips encodeAccessKeyId for any prefix, account and random bytes', () => {
    const prefixes = Object.keys(UNIQUE_ID_PREFIXES) as UniqueIdPrefix[];
    fc.assert(
      fc.property(
        fc.constantFrom(...prefixes),
        fc.bigInt({ min: 0n, max: 999_999_999_999n }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        (prefix, n, bytes) => {
          const account = n.toString().padStart(12, '0');
          const id = encodeAccessKeyId(prefix, account, bytes);
          expect(id).toMatch(/^[A-Z]{4}[A-Z2-7]{16}$/);
          expect(decodeAccessKeyId(id)).toEqual({
            ok: true,
            value: { prefix, kind: UNIQUE_ID_PREFIXES[prefix], account },
          });
        },
      ),
    );
  });

  it('encodes the published example back to its account', () => {
    const id = encodeAccessKeyId('ASIA', '609629065308', new Uint8Array(10));
    expect(id.slice(0, 12)).toBe('ASIAY34FZKBO');
  });
});
