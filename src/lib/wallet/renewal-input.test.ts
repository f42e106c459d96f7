import { describe, expect, it } from 'vitest';
import { renewalInput } from './renewal-input.ts';
import type { WalletEntry } from './wallet-store.ts';
import { sandboxBinding } from './wallet-fixtures.ts';

function entry(source: WalletEntry['source'], webIdentityToken?: string): WalletEntry {
  return {
    id: 'set-1',
    label: 'set',
    createdAt: new Date(0),
    credentials: { accessKeyId: 'ASIA', secretAccessKey: 's', sessionToken: 't' },
    source,
    binding: sandboxBinding,
    webIdentityToken,
  };
}

describe('renewalInput', () => {
  it('repeats the recorded values, lists in their SDK shape', () => {
    const input = renewalInput(
      entry({
        operation: 'AssumeRole',
        params: { RoleArn: 'r', DurationSeconds: 900, PolicyArns: '[{"arn":"p"}]' },
      }),
    );
    expect(input).toEqual({ RoleArn: 'r', DurationSeconds: 900, PolicyArns: [{ arn: 'p' }] });
  });

  it('adds the web identity token the set kept in memory', () => {
    const source = { operation: 'AssumeRoleWithWebIdentity', params: { RoleArn: 'r' } };
    expect(renewalInput(entry(source, 'ey.tok.en'))).toEqual({
      RoleArn: 'r',
      WebIdentityToken: 'ey.tok.en',
    });
    expect(renewalInput(entry(source))).toEqual({ RoleArn: 'r' });
  });

  it("gives AssumeRoot's task policy back as { arn }", () => {
    const input = renewalInput(
      entry({ operation: 'AssumeRoot', params: { TargetPrincipal: '1', TaskPolicyArn: 'arn:t' } }),
    );
    expect(input).toEqual({ TargetPrincipal: '1', TaskPolicyArn: { arn: 'arn:t' } });
  });

  it('has no call to repeat for imported or typed keys', () => {
    expect(renewalInput(entry({ operation: 'Keys', params: {} }))).toBeUndefined();
  });
});
