import { describe, expect, it } from 'vitest';
import { planRunAgain } from './run-again.ts';
import type { WalletEntry } from './wallet-store.ts';
import { sandboxBinding } from './wallet-fixtures.ts';

function entry(
  operation: string,
  params: WalletEntry['source']['params'],
  parentId?: string,
): WalletEntry {
  return {
    id: 'child',
    label: 'child',
    createdAt: new Date(0),
    parentId,
    credentials: { accessKeyId: 'ASIA', secretAccessKey: 's', sessionToken: 't' },
    source: { operation, params },
    binding: sandboxBinding,
  };
}

const parent: WalletEntry = { ...entry('Keys', {}), id: 'parent' };

describe('planRunAgain', () => {
  it('rebuilds the form values, lists included, and keeps the signer', () => {
    const plan = planRunAgain(
      entry(
        'AssumeRole',
        {
          RoleArn: 'arn:aws:iam::111122223333:role/Admin',
          PolicyArns: '[{"arn":"arn:aws:iam::aws:policy/ReadOnlyAccess"}]',
        },
        'parent',
      ),
      [parent],
    );
    expect(plan).toEqual({
      operation: 'AssumeRole',
      values: {
        RoleArn: 'arn:aws:iam::111122223333:role/Admin',
        PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      },
      signerId: 'parent',
      missing: undefined,
    });
  });
  it('asks for what was never stored', () => {
    expect(planRunAgain(entry('AssumeRoleWithWebIdentity', { RoleArn: 'r' }), [])?.missing).toBe(
      'a fresh web identity token',
    );
    expect(
      planRunAgain(entry('AssumeRole', { SerialNumber: 'arn:mfa' }, 'parent'), [parent])?.missing,
    ).toBe('a new MFA code');
    expect(planRunAgain(entry('AssumeRole', {}, 'gone'), [])?.missing).toMatch(
      /original signer is gone/,
    );
  });
  it('has nothing to repeat for keys the user brought', () => {
    expect(planRunAgain(entry('Keys', {}), [])).toBeUndefined();
    expect(planRunAgain(entry('Import', {}), [])).toBeUndefined();
  });
});
