import { describe, expect, it } from 'vitest';
import { sessionSizeDetails } from './session-size-details.ts';

describe('sessionSizeDetails', () => {
  it('shows nothing STS did not return', () => {
    expect(sessionSizeDetails({})).toEqual([]);
    expect(sessionSizeDetails({ PackedPolicySize: undefined })).toEqual([]);
  });

  it('lists what the response has, in one wording', () => {
    expect(
      sessionSizeDetails({
        PackedPolicySize: 6,
        SessionTokenSize: 1234,
        SessionTokenUtilization: 30,
      }),
    ).toEqual([
      ['Packed policy size', '6% of the limit'],
      ['Session token size', '1,234 bytes'],
      ['Session token utilization', '30% of the maximum'],
    ]);
  });

  it('gives the share of the packed limit, including 0 and values near 100', () => {
    expect(sessionSizeDetails({ PackedPolicySize: 0 })).toEqual([
      ['Packed policy size', '0% of the limit'],
    ]);
    expect(sessionSizeDetails({ PackedPolicySize: 99 })).toEqual([
      ['Packed policy size', '99% of the limit'],
    ]);
  });
});
