/**
 * Where STS has FIPS endpoints. The SDK's endpoint rules build an sts-fips host for any region of
 * a FIPS-capable partition, but STS runs FIPS endpoints only in the US, Canada and GovCloud
 * (AWS's FIPS endpoints list); elsewhere the host does not exist.
 */
export const STS_FIPS_REGIONS: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'ca-west-1',
  'us-gov-east-1',
  'us-gov-west-1',
];

/** True when STS has a FIPS endpoint in this region. */
export function stsHasFips(region: string): boolean {
  return STS_FIPS_REGIONS.includes(region);
}
