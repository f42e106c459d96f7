import { describe, expect, it } from 'vitest';
import { packedPolicySizeDetails } from './packed-policy-size.ts';

describe('packedPolicySizeDetails', () => {
  it('shows nothing when STS did not return the size', () => {
    expect(packedPolicySizeDetails({})).toEqual([]);
    expect(packedPolicySizeDetails({ PackedPolicySize: undefined })).toEqual([]);
  });

  it('gives the share of the packed limit, including 0 and values near or over 100', () => {
    expect(packedPolicySizeDetails({ PackedPolicySize: 0 })).toEqual([
      ['Packed policy size', '0% of the limit'],
    ]);
    expect(packedPolicySizeDetails({ PackedPolicySize: 6 })).toEqual([
      ['Packed policy size', '6% of the limit'],
    ]);
    expect(packedPolicySizeDetails({ PackedPolicySize: 99 })).toEqual([
      ['Packed policy size', '99% of the limit'],
    ]);
  });
});
