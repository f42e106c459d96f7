import { describe, expect, it } from 'vitest';
import { readInput } from '../protocol/parse-query.ts';
import { findOperation } from '../protocol/sts-model.ts';
import { compileModelPattern, validateInput } from './validate-input.ts';

const ROLE = 'arn:aws:iam::111122223333:role/Admin';
const ARN_PATTERN = String.raw`[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+`;

function check(action: string, query: Record<string, string>) {
  const members = findOperation(action)?.input ?? [];
  return validateInput(readInput(new Map(Object.entries(query)), members), members);
}

function message(action: string, query: Record<string, string>): string {
  const result = check(action, query);
  if (result.ok) throw new Error('expected a validation error');
  return result.error.message;
}

describe('validateInput (STS wording)', () => {
  it.each([
    [
      { RoleArn: ROLE, RoleSessionName: 'a' },
      "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2",
    ],
    [
      { RoleArn: ROLE, RoleSessionName: 'bad/name' },
      String.raw`1 validation error detected: Value 'bad/name' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*`,
    ],
    [
      { RoleSessionName: 'ok' },
      "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null",
    ],
    [
      { RoleArn: '', RoleSessionName: 'ok' },
      `2 validation errors detected: Value '' at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ARN_PATTERN}; Value '' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20`,
    ],
    [
      { RoleArn: ROLE, RoleSessionName: 'ok', DurationSeconds: '43201' },
      "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200",
    ],
    [
      {
        RoleArn: ROLE,
        RoleSessionName: 'ok',
        'Tags.member.1.Key': 'k',
        'Tags.member.1.Value': 'a|b',
      },
      String.raw`1 validation error detected: Value 'a|b' at 'tags.1.member.value' failed to satisfy constraint: Member must satisfy regular expression pattern: [\p{L}\p{Z}\p{N}_.:/=+\-@]*`,
    ],
  ])('AssumeRole %j', (query, expected) => {
    expect(message('AssumeRole', query)).toBe(expected);
  });

  it('counts length in code points and rejects astral characters in ARNs like STS', () => {
    expect(message('AssumeRole', { RoleArn: '😀'.repeat(2048), RoleSessionName: 'ok' })).toBe(
      `1 validation error detected: Value '${'😀'.repeat(2048)}' at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ARN_PATTERN}`,
    );
    expect(check('AssumeRole', { RoleArn: 'é'.repeat(2048), RoleSessionName: 'ok' }).ok).toBe(true);
  });

  it('accepts Unicode letters in tags (u flag) and converts integers', () => {
    const result = check('AssumeRole', {
      RoleArn: ROLE,
      RoleSessionName: 'ok',
      DurationSeconds: '+0900',
      'Tags.member.1.Key': 'Städte',
      'Tags.member.1.Value': 'Zürich München',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        RoleArn: ROLE,
        RoleSessionName: 'ok',
        DurationSeconds: 900,
        Tags: [{ Key: 'Städte', Value: 'Zürich München' }],
      },
    });
  });

  it('reports a non-number integer as MalformedInput, as STS does', () => {
    const result = check('AssumeRole', {
      RoleArn: ROLE,
      RoleSessionName: 'ok',
      DurationSeconds: '',
    });
    expect(result.ok || result.error).toMatchObject({
      code: 'MalformedInput',
      message: 'missing value for decimal type',
    });
    expect(
      check('AssumeRole', { RoleArn: ROLE, RoleSessionName: 'ok', DurationSeconds: '2147483648' })
        .ok,
    ).toBe(false);
  });

  it('checks list sizes and hides sensitive values', () => {
    const tags: Record<string, string> = {};
    for (let i = 1; i <= 51; i++) {
      tags[`Tags.member.${i}.Key`] = `k${i}`;
      tags[`Tags.member.${i}.Value`] = 'v';
    }
    expect(message('AssumeRole', { RoleArn: ROLE, RoleSessionName: 'ok', ...tags })).toMatch(
      /^1 validation error detected: Value '\[.*\]' at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50$/,
    );
    expect(
      message('AssumeRoleWithSAML', { RoleArn: ROLE, PrincipalArn: ROLE, SAMLAssertion: 'abc' }),
    ).toBe(
      "1 validation error detected: Value at 'sAMLAssertion' failed to satisfy constraint: Member must have length greater than or equal to 4",
    );
    expect(message('GetWebIdentityToken', { SigningAlgorithm: 'RS256' })).toBe(
      "1 validation error detected: Value null at 'audience' failed to satisfy constraint: Member must not be null",
    );
  });

  it('takes MinimumSessionTokenSize (0..4096) from the model file', () => {
    expect(message('GetSessionToken', { MinimumSessionTokenSize: '4097' })).toContain(
      "at 'minimumSessionTokenSize' failed to satisfy constraint: Member must have value less than or equal to 4096",
    );
  });

  it('compiles the federatedIdType pattern without the u flag', () => {
    expect(compileModelPattern(String.raw`^[\w+=,.@\:-]*$`).test('111122223333:Bob')).toBe(true);
  });
});
