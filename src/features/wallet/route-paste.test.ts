import { describe, expect, it } from 'vitest';
import { routePaste } from './route-paste.ts';

describe('routePaste', () => {
  it('sends tokens, assertions, messages and key IDs to their forms', () => {
    expect(routePaste({ kind: 'jwt', token: 'a.b.c' })).toMatchObject({
      kind: 'form',
      slug: 'assume-role-with-web-identity',
      field: 'WebIdentityToken',
      value: 'a.b.c',
    });
    expect(routePaste({ kind: 'authorization-message', encoded: 'xyz' })).toMatchObject({
      slug: 'decode-authorization-message',
      field: 'EncodedMessage',
    });
    expect(routePaste({ kind: 'access-key-id', id: 'AKIAX' })).toMatchObject({
      slug: 'get-access-key-info',
    });
  });
  it('sends credentials to the wallet', () => {
    expect(
      routePaste({
        kind: 'credentials',
        credentials: { accessKeyId: 'ASIA', secretAccessKey: 's', source: 'bash exports' },
      }),
    ).toEqual({ kind: 'wallet', what: 'credentials (bash exports)' });
  });
  it('sends a ~/.aws/config to the recipes, saying what it held', () => {
    const route = routePaste({
      kind: 'aws-config',
      config: {
        profiles: [
          { name: 'base', hasKeys: true, notes: [] },
          { name: 'admin', roleArn: 'arn:aws:iam::1:role/A', hasKeys: false, notes: [] },
        ],
        notes: [],
      },
      keys: [
        { profile: 'base', credentials: { accessKeyId: 'A', secretAccessKey: 'S', source: 'x' } },
      ],
    });
    expect(route).toEqual({
      kind: 'profiles',
      what: 'a ~/.aws/config (1 role profile and keys of base)',
    });
  });

  it('says what it looked for when nothing matched', () => {
    const route = routePaste({ kind: 'unknown', lookedFor: ['a JWT', 'an INI profile'] });
    expect(route).toEqual({
      kind: 'unknown',
      message: 'Not recognised. I looked for: a JWT; an INI profile.',
    });
  });
});
