import { describe, expect, it } from 'vitest';
import { profileNameFor, toProfilesPair } from './profiles-pair.ts';

describe('toProfilesPair', () => {
  it('names sets after their labels, uniquely', () => {
    const taken = new Set(['Admin-s']);
    expect(profileNameFor('Admin/s', taken)).toBe('Admin-s-2');
    expect(profileNameFor('///', new Set())).toBe('set');
  });

  it('puts keys in the credentials file and everything else in the config', () => {
    const pair = toProfilesPair(
      [
        {
          name: 'base',
          credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' },
          ctx: { region: 'us-east-1', endpointUrl: 'http://127.0.0.1:5174' },
        },
      ],
      [{ name: 'Admin', roleArn: 'arn:aws:iam::1:role/Admin', sourceProfile: 'base' }],
    );
    expect(pair).toEqual({
      ok: true,
      value: {
        credentials:
          '[base]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = secret\n',
        config: [
          '[profile base]',
          'region = us-east-1',
          'services = base',
          '',
          '[services base]',
          'sts =',
          '  endpoint_url = http://127.0.0.1:5174',
          '',
          '[profile Admin]',
          'role_arn = arn:aws:iam::1:role/Admin',
          'source_profile = base',
          '',
        ].join('\n'),
      },
    });
  });
});
