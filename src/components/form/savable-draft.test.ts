import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operationList } from '../../lib/sts/operations.ts';
import { savableDraft } from './savable-draft.ts';

/** Members that must never be saved, whichever form holds them (the brief's list of secrets). */
const NEVER = [
  'WebIdentityToken',
  'SAMLAssertion',
  'TokenCode',
  'TradeInToken',
  'ProvidedContexts',
  'AccessKeyId',
  'SecretAccessKey',
  'SessionToken',
  'EncodedMessage',
];
const everySecret = new Set<string>([...operationList.flatMap((op) => op.secretMembers), ...NEVER]);

describe('the registry’s draft allow-lists', () => {
  it.each(operationList.map((op) => [op.name, op] as const))(
    '%s saves no member that is secret in any operation',
    (_, op) => {
      expect(op.draftMembers.filter((m) => everySecret.has(m))).toEqual([]);
    },
  );
});

describe('savableDraft', () => {
  it('keeps the allow-listed members as they are', () => {
    const values = {
      RoleArn: 'arn:aws:iam::111122223333:role/R',
      Tags: [{ Key: 'k', Value: 'v' }],
      DurationSeconds: '900',
      TokenCode: '123456',
      ProvidedContexts: [{ ProviderArn: 'p', ContextAssertion: 'secret' }],
    };
    expect(savableDraft('AssumeRole', values)).toEqual({
      RoleArn: 'arn:aws:iam::111122223333:role/R',
      Tags: [{ Key: 'k', Value: 'v' }],
      DurationSeconds: '900',
    });
  });

  it('saves nothing of a form that is no operation’s', () => {
    expect(savableDraft('Test', { RoleArn: 'arn' })).toEqual({});
    expect(savableDraft('__proto__', { RoleArn: 'arn' })).toEqual({});
  });

  it('never lets a secret or unknown member through, for any operation and any values', () => {
    const member = fc.oneof(
      fc.constantFrom(...everySecret, ...operationList.flatMap((op) => op.draftMembers)),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...operationList),
        fc.dictionary(member, fc.jsonValue()),
        (op, values) => {
          const saved = Object.keys(savableDraft(op.name, values));
          for (const key of saved) {
            expect(everySecret.has(key)).toBe(false);
            expect(op.draftMembers).toContain(key);
          }
        },
      ),
    );
  });
});
