import { describe, expect, it } from 'vitest';
import { delegatedIdentity, delegatedLabel } from './delegated-values.ts';

describe('delegated access identity', () => {
  const arn = 'arn:aws:sts::111122223333:assumed-role/Admin/delegated';

  it('reads the account from the assumed principal', () => {
    expect(delegatedIdentity(arn)).toEqual({ arn, account: '111122223333' });
    expect(delegatedIdentity('not an arn')).toBeUndefined();
    expect(delegatedIdentity(undefined)).toBeUndefined();
  });

  it('labels the set by the principal', () => {
    expect(delegatedLabel(arn)).toBe('Delegated assumed-role/Admin/delegated');
    expect(delegatedLabel(undefined)).toBe('Delegated access');
  });
});
