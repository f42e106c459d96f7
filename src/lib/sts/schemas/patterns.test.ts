import { describe, expect, test } from 'vitest';
import {
  accessKeyIdCharset,
  arnCharset,
  externalIdCharset,
  nameCharset,
  policyCharset,
  serialNumberCharset,
  tagKeyCharset,
  tagValueCharset,
  tokenCodeCharset,
} from './patterns.ts';
import { modelOperationNames, targetsOf } from './testing/model-members.ts';

const rules = [
  accessKeyIdCharset,
  arnCharset,
  externalIdCharset,
  nameCharset,
  policyCharset,
  serialNumberCharset,
  tagKeyCharset,
  tagValueCharset,
  tokenCodeCharset,
];

const modelPatterns = new Set(
  modelOperationNames.flatMap((operation) =>
    targetsOf(operation).flatMap((target) => target.pattern ?? []),
  ),
);

describe('charset rules are the model pattern text compiled as ECMAScript', () => {
  test('every model input pattern has a rule with exactly its text, and every rule comes from the model', () => {
    expect(new Set(rules.map((rule) => rule.pattern.source))).toEqual(modelPatterns);
  });

  test.each(rules.map((rule) => [rule.pattern.source, rule] as const))(
    '%s carries the u flag exactly when it uses \\p{…}',
    (source, rule) => {
      expect(rule.pattern.flags).toBe(source.includes('\\p{') ? 'u' : '');
      expect(rule.character.flags).toBe(rule.pattern.flags);
    },
  );

  test('the ARN class keeps the model quirk: astral rejected, U+007F..U+009F accepted', () => {
    expect(arnCharset.pattern.test('arn:aws:iam::123456789012:role/😀')).toBe(false);
    expect(arnCharset.pattern.test('\u007F\u0080\u009F')).toBe(true);
    expect(arnCharset.pattern.test('\u1000')).toBe(true);
  });

  test('\\w is ASCII; tag classes take any letter, digit or separator', () => {
    expect(nameCharset.pattern.test('José')).toBe(false);
    expect(tagKeyCharset.pattern.test('Ünïcödé 日本 ٣ 𝒜')).toBe(true);
    expect(tagKeyCharset.pattern.test('p{L}')).toBe(false);
  });
});
