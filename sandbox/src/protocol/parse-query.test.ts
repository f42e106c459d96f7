import { describe, expect, it } from 'vitest';
import { findOperation } from './sts-model.ts';
import { MAX_QUERY_PARAMS, parseQueryString, readInput, type QueryParams } from './parse-query.ts';

const assumeRole = findOperation('AssumeRole')?.input ?? [];

function params(text: string): QueryParams {
  const parsed = parseQueryString(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** `PolicyArns.member.1.arn=…&…` with `count` items: a list of structures, the costly shape. */
function policyArnPairs(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `PolicyArns.member.${i + 1}.arn=arn:aws:iam::aws:policy/P${i}`,
  );
}

describe('parseQueryString', () => {
  it('decodes form encoding and keeps the first of repeated keys, as STS does', () => {
    const p = params('Action=AssumeRole&RoleSessionName=a%2Bb+c&RoleSessionName=second&Empty=');
    expect(p.get('RoleSessionName')).toBe('a+b c');
    expect(p.get('Empty')).toBe('');
    expect(p.get('Missing')).toBeUndefined();
  });

  it(`takes up to ${MAX_QUERY_PARAMS} parameters, not counting empty pairs`, () => {
    const pairs = Array.from({ length: MAX_QUERY_PARAMS }, (_, i) => `K${i}=v`);
    expect(params(`&&${pairs.join('&&')}&`).size).toBe(MAX_QUERY_PARAMS);
    expect(params(`?${pairs.join('&')}`).get('K0')).toBe('v');
  });

  it('refuses one parameter more with a ValidationError, without decoding the rest', () => {
    const pairs = Array.from({ length: MAX_QUERY_PARAMS + 1 }, (_, i) => `K${i}=v`);
    const refused = parseQueryString(pairs.join('&'));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'ValidationError',
      status: 400,
      type: 'Sender',
    });
    // A 900 KB body of 30,000 pairs: refused as a whole, the same way.
    const body = policyArnPairs(30_000).join('&');
    expect(body.length).toBeGreaterThan(900_000);
    const parsed = parseQueryString(body);
    expect(!parsed.ok && parsed.error.message).toBe(
      `Request has too many parameters: at most ${MAX_QUERY_PARAMS} are accepted.`,
    );
  });
});

describe('readInput', () => {
  it('reads member lists of structures and strings in index order, skipping gaps', () => {
    const p = params(
      [
        'Tags.member.2.Key=k2',
        'Tags.member.2.Value=v2',
        'Tags.member.1.Key=k1',
        'Tags.member.1.Value=',
        'TransitiveTagKeys.member.3=k2',
        'TransitiveTagKeys.member.1=k1',
        'PolicyArns.member.1.arn=arn:aws:iam::aws:policy/ReadOnlyAccess',
        'ProvidedContexts.member.1.ProviderArn=arn:aws:iam::aws:contextProvider/IdentityCenter',
        'Tags.member.x.Key=ignored',
        'Unknown=1',
      ].join('&'),
    );
    expect(readInput(p, assumeRole)).toEqual({
      Tags: [
        { Key: 'k1', Value: '' },
        { Key: 'k2', Value: 'v2' },
      ],
      TransitiveTagKeys: ['k1', 'k2'],
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      ProvidedContexts: [{ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter' }],
    });
  });

  it('reads nested structures (AssumeRoot TaskPolicyArn.arn) and an empty list marker', () => {
    const root = findOperation('AssumeRoot')?.input ?? [];
    expect(readInput(params('TaskPolicyArn.arn=x&TargetPrincipal=444455556666'), root)).toEqual({
      TargetPrincipal: '444455556666',
      TaskPolicyArn: { arn: 'x' },
    });
    expect(readInput(params('Tags='), assumeRole)).toEqual({ Tags: [] });
  });

  it('reads the Audience string list of GetWebIdentityToken', () => {
    const op = findOperation('GetWebIdentityToken')?.input ?? [];
    expect(readInput(params('Audience.member.1=a&Audience.member.2=b'), op)).toEqual({
      Audience: ['a', 'b'],
    });
  });
});

describe('readInput on many parameters', () => {
  it('reads 60,000 list items in one pass over the keys (a rescan per item would take minutes)', () => {
    const op = findOperation('AssumeRoleWithWebIdentity')?.input ?? [];
    const flat = new Map(policyArnPairs(60_000).map((pair) => pair.split('=') as [string, string]));
    const input = readInput(flat, op);
    const list = input.PolicyArns;
    expect(Array.isArray(list) && list.length).toBe(60_000);
    expect(Array.isArray(list) && list[59_999]).toEqual({
      arn: 'arn:aws:iam::aws:policy/P59999',
    });
  });
});
