import { describe, expect, test } from 'vitest';
import { knownAccount, roleArnSuggestion } from './role-arn-suggestion.ts';

describe('roleArnSuggestion', () => {
  test.each([
    ['Admin', 'arn:aws:iam::111122223333:role/Admin'],
    [' Admin ', 'arn:aws:iam::111122223333:role/Admin'],
    ['role/Admin', 'arn:aws:iam::111122223333:role/Admin'],
    ['service-role/Deploy', 'arn:aws:iam::111122223333:role/service-role/Deploy'],
  ])('%j → %s', (value, arn) => {
    expect(roleArnSuggestion(value, '111122223333')).toBe(arn);
  });

  test('in the partition given', () => {
    expect(roleArnSuggestion('Admin', '111122223333', 'aws-cn')).toBe(
      'arn:aws-cn:iam::111122223333:role/Admin',
    );
  });

  test.each([
    ['arn:aws:iam::111122223333:role/Admin', '111122223333'],
    ['arn:aws:iam:111122223333:role/Admin', '111122223333'],
    ['two words', '111122223333'],
    ['', '111122223333'],
    ['Admin', undefined],
    ['Admin', '1234'],
  ])('%j in %s: no suggestion', (value, account) => {
    expect(roleArnSuggestion(value, account)).toBeUndefined();
  });
});

describe('knownAccount', () => {
  test('the signer’s account first', () => {
    expect(knownAccount('111122223333', ['arn:aws:iam::444455556666:role/X'])).toBe('111122223333');
  });
  test('else the only account among the ARNs worked with', () => {
    expect(
      knownAccount(undefined, [
        'arn:aws:iam::444455556666:role/X',
        'arn:aws:sts::444455556666:assumed-role/X/alice',
      ]),
    ).toBe('444455556666');
  });
  test('none when they disagree, or there are none', () => {
    expect(
      knownAccount(undefined, [
        'arn:aws:iam::444455556666:role/X',
        'arn:aws:iam::111122223333:role/Y',
      ]),
    ).toBeUndefined();
    expect(knownAccount(undefined, [])).toBeUndefined();
  });
});
