import { describe, expect, it } from 'vitest';
import { decodeStoredDrafts, encodeStoredDrafts, type StoredDraft } from './stored-drafts.ts';

const roleArn = 'arn:aws:iam::111122223333:role/R';

describe('stored drafts', () => {
  it('round-trip the savable members of values and of the last send', () => {
    const drafts = new Map<string, StoredDraft>([
      ['AssumeRole', { values: { RoleArn: roleArn, TokenCode: '123456' }, sent: { RoleArn: 'x' } }],
      ['AssumeRoleWithWebIdentity', { values: { RoleSessionName: 's', WebIdentityToken: 'eyJ' } }],
    ]);
    const text = encodeStoredDrafts(drafts);
    expect(text).not.toContain('123456');
    expect(text).not.toContain('eyJ');
    expect(decodeStoredDrafts(text)).toEqual(
      new Map([
        ['AssumeRole', { values: { RoleArn: roleArn }, sent: { RoleArn: 'x' } }],
        ['AssumeRoleWithWebIdentity', { values: { RoleSessionName: 's' } }],
      ]),
    );
  });

  it('store nothing for no drafts', () => {
    expect(encodeStoredDrafts(new Map())).toBeUndefined();
  });

  it('read nothing from missing, broken or foreign text', () => {
    for (const text of [undefined, '', '{', 'null', '[]', '{"version":2,"drafts":{}}']) {
      expect(decodeStoredDrafts(text)).toEqual(new Map());
    }
    expect(
      decodeStoredDrafts(
        '{"version":1,"drafts":{"AssumeRole":{"values":[1]},"GetSessionToken":3}}',
      ),
    ).toEqual(new Map());
  });

  it('drop a secret that storage edited by hand holds', () => {
    const text = JSON.stringify({
      version: 1,
      drafts: {
        AssumeRole: { values: { RoleArn: roleArn, TokenCode: '1' }, sent: { TokenCode: '2' } },
        Unknown: { values: { RoleArn: roleArn } },
      },
    });
    expect(decodeStoredDrafts(text)).toEqual(
      new Map([
        ['AssumeRole', { values: { RoleArn: roleArn }, sent: {} }],
        ['Unknown', { values: {} }],
      ]),
    );
  });
});
