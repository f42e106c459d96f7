import { describe, expect, it } from 'vitest';
import { prefillFromSignIn } from './sign-in-prefill.ts';

const roleArn = 'arn:aws:iam::111122223333:role/WebIdentityDemo';
const issuer = 'https://idp.example.com';

describe('prefillFromSignIn', () => {
  it('fills the token, the remembered role and a session name into an empty form', () => {
    expect(prefillFromSignIn({ idToken: 't', issuer, roleArn, subject: 'alice' }, {})).toEqual([
      ['WebIdentityToken', 't'],
      ['RoleArn', roleArn],
      ['RoleSessionName', 'alice'],
    ]);
  });

  it('replaces the token but keeps what the user typed', () => {
    expect(
      prefillFromSignIn(
        { idToken: 't2', issuer, roleArn, subject: 'alice' },
        { WebIdentityToken: 'old', RoleArn: 'arn:aws:iam::1:role/Mine', RoleSessionName: 'me' },
      ),
    ).toEqual([['WebIdentityToken', 't2']]);
  });

  it('treats blank fields as empty and skips what it cannot suggest', () => {
    expect(prefillFromSignIn({ idToken: 't', issuer, subject: '!!' }, { RoleArn: '  ' })).toEqual([
      ['WebIdentityToken', 't'],
    ]);
  });
});
