import { describe, expect, test } from 'vitest';
import { modelMembers, modelOperationNames, modelRegex } from './schemas/testing/model-members.ts';
import { cleanPastedValue } from './paste-cleaning.ts';

describe('cleanPastedValue', () => {
  test.each([
    [
      'RoleArn',
      '  arn:aws:iam::111122223333:role/Admin\n',
      'arn:aws:iam::111122223333:role/Admin',
      'Removed the spaces and line breaks around the pasted value.',
    ],
    [
      'RoleArn',
      '"arn:aws:iam::111122223333:role/Admin"',
      'arn:aws:iam::111122223333:role/Admin',
      'Removed the quotes around the pasted value.',
    ],
    [
      'PolicyArns.3.arn',
      '\tarn:aws:iam::aws:policy/ReadOnlyAccess ',
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
      'Removed the spaces and line breaks around the pasted value.',
    ],
    [
      'TokenCode',
      ' 123456 ',
      '123456',
      'Removed the spaces and line breaks around the pasted value.',
    ],
    [
      'RoleSessionName',
      '\u00A0alice\u200B',
      'alice',
      'Removed the spaces and line breaks around the pasted value.',
    ],
    [
      'WebIdentityToken',
      'Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig',
      'eyJhbGciOiJSUzI1NiJ9.e30.sig',
      'Removed the leading “Bearer ” around the pasted value.',
    ],
    [
      'WebIdentityToken',
      ' "Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig"\n',
      'eyJhbGciOiJSUzI1NiJ9.e30.sig',
      'Removed the leading “Bearer ”, the quotes and the spaces and line breaks around the pasted value.',
    ],
    [
      'WebIdentityToken',
      "'eyJhbGciOiJSUzI1NiJ9.e30.sig'",
      'eyJhbGciOiJSUzI1NiJ9.e30.sig',
      'Removed the quotes around the pasted value.',
    ],
  ])('%s: %j → %j', (path, pasted, value, note) => {
    expect(cleanPastedValue(path, pasted)).toEqual({ value, note });
  });

  test.each([
    ['RoleArn', 'arn:aws:iam::111122223333:role/Admin'],
    ['Policy', '  {"Version":"2012-10-17"}  '],
    ['Tags.0.Value', ' keeps its spaces '],
    ['RoleArn', '   '],
    ['RoleSessionName', 'Bearer alice'],
  ])('%s keeps %j as pasted', (path, pasted) => {
    expect(cleanPastedValue(path, pasted)).toBeUndefined();
  });

  test('every cleaned member is one whose model pattern cannot hold a space or a quote, or an ARN, ID, code or token', () => {
    const formatOnly = new Set([
      'TargetPrincipal',
      'ProviderId',
      'EncodedMessage',
      'TradeInToken',
      'WebIdentityToken',
    ]);
    for (const operation of modelOperationNames) {
      for (const member of modelMembers(operation)) {
        const path = member.name;
        if (cleanPastedValue(path, ' x ') === undefined || formatOnly.has(path)) continue;
        const pattern = member.pattern;
        const arn = member.shape === 'arnType';
        const noSpace =
          pattern !== undefined && !modelRegex(pattern).test(' ') && !modelRegex(pattern).test('"');
        expect({ path, ok: arn || noSpace }).toEqual({ path, ok: true });
      }
    }
  });
});
