import { describe, expect, it } from 'vitest';
import { findOperation } from './sts-model.ts';
import { parseQueryString, readInput } from './parse-query.ts';

const assumeRole = findOperation('AssumeRole')?.input ?? [];

describe('parseQueryString', () => {
  it('decodes form encoding and keeps the first of repeated keys, as STS does', () => {
    const p = parseQueryString(
      'Action=AssumeRole&RoleSessionName=a%2Bb+c&RoleSessionName=second&Empty=',
    );
    expect(p.get('RoleSessionName')).toBe('a+b c');
    expect(p.get('Empty')).toBe('');
    expect(p.get('Missing')).toBeUndefined();
  });
});

describe('readInput', () => {
  it('reads member lists of structures and strings in index order, skipping gaps', () => {
    const p = parseQueryString(
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
    expect(
      readInput(parseQueryString('TaskPolicyArn.arn=x&TargetPrincipal=444455556666'), root),
    ).toEqual({
      TargetPrincipal: '444455556666',
      TaskPolicyArn: { arn: 'x' },
    });
    expect(readInput(parseQueryString('Tags='), assumeRole)).toEqual({ Tags: [] });
  });

  it('reads the Audience string list of GetWebIdentityToken', () => {
    const op = findOperation('GetWebIdentityToken')?.input ?? [];
    expect(readInput(parseQueryString('Audience.member.1=a&Audience.member.2=b'), op)).toEqual({
      Audience: ['a', 'b'],
    });
  });
});
