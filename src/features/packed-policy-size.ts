/** The result-card line for PackedPolicySize, worded the same on every operation that returns it. */
export function packedPolicySizeDetails(output: {
  PackedPolicySize?: number | undefined;
}): [string, string][] {
  // A typed structure (not the SDK's output type) so callers need no deprecation escape hatch:
  // STS still returns PackedPolicySize; the SDK marks it deprecated for SessionTokenUtilization.
  const packed = output.PackedPolicySize;
  return packed === undefined ? [] : [['Packed policy size', `${packed}% of the limit`]];
}
