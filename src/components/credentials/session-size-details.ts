/**
 * The result-card lines for the sizes STS reports about a session — packed policy size, session
 * token size and its share of the limit — worded the same on every operation that returns them,
 * and shown only when STS returned them.
 */
export function sessionSizeDetails(output: {
  PackedPolicySize?: number | undefined;
  SessionTokenSize?: number | undefined;
  SessionTokenUtilization?: number | undefined;
}): [string, string][] {
  // A typed structure (not the SDK's output type) so callers need no deprecation escape hatch:
  // STS still returns PackedPolicySize; the SDK marks it deprecated for SessionTokenUtilization.
  const lines: [string, string][] = [];
  if (output.PackedPolicySize !== undefined) {
    lines.push(['Packed policy size', `${output.PackedPolicySize}% of the limit`]);
  }
  if (output.SessionTokenSize !== undefined) {
    lines.push(['Session token size', `${output.SessionTokenSize.toLocaleString('en-US')} bytes`]);
  }
  if (output.SessionTokenUtilization !== undefined) {
    lines.push(['Session token utilization', `${output.SessionTokenUtilization}% of the maximum`]);
  }
  return lines;
}
