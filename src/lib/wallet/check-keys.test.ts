import { describe, expect, it } from 'vitest';
import { checkKeys } from './check-keys.ts';

const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('checkKeys', () => {
  it('accepts long-term keys and temporary keys with a token', () => {
    expect(
      checkKeys({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: secret, sessionToken: '' }),
    ).toEqual({ ok: true, value: true });
    expect(
      checkKeys({
        accessKeyId: 'ASIAY34FZKBOKMUTVV7A',
        secretAccessKey: secret,
        sessionToken: 'tok',
      }),
    ).toEqual({ ok: true, value: true });
  });
  it.each([
    [{ accessKeyId: 'AKIA123', secretAccessKey: secret, sessionToken: '' }, 'accessKeyId'],
    [
      { accessKeyId: 'XXIAIOSFODNN7EXAMPLE', secretAccessKey: secret, sessionToken: '' },
      'accessKeyId',
    ],
    [
      { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'short', sessionToken: '' },
      'secretAccessKey',
    ],
    [
      { accessKeyId: 'ASIAY34FZKBOKMUTVV7A', secretAccessKey: secret, sessionToken: ' ' },
      'sessionToken',
    ],
  ])('names the field at fault (%#)', (input, field) => {
    expect(checkKeys(input)).toMatchObject({ ok: false, error: { field } });
  });
});
