import type { ExportContext } from '../wallet/aws-credentials.ts';
import type { EnvEntry } from './env-entry.ts';

/** Where the set that is exported came from, as far as a shell or a config file must know. */
export type ExportEndpoint =
  /** Imported keys: nobody knows, so the shell's own endpoint settings are left alone. */
  | { kind: 'unknown' }
  /** The regional AWS endpoint of the set's region: every current SDK's default. */
  | { kind: 'aws-default' }
  /** sts.amazonaws.com: only the legacy setting sends STS calls there. */
  | { kind: 'aws-global' }
  /** Any other URL (sandbox, LocalStack, FIPS or dual-stack AWS hosts): named explicitly. */
  | { kind: 'explicit'; url: string };

/** Every partition's DNS suffixes (model/sts-model.json, partitions_botocore; the test keeps them in sync). */
export const AWS_DNS_SUFFIXES: readonly string[] = [
  'amazonaws.com',
  'api.aws',
  'amazonaws.com.cn',
  'api.amazonwebservices.com.cn',
  'amazonaws.eu',
  'api.amazonwebservices.eu',
  'c2s.ic.gov',
  'api.aws.ic.gov',
  'sc2s.sgov.gov',
  'api.aws.scloud',
  'cloud.adc-e.uk',
  'api.cloud-aws.adc-e.uk',
  'csp.hci.ic.gov',
  'api.aws.hci.ic.gov',
];

/** The suffixes of plain (not dual-stack) regional hosts, sts.<region>.<suffix>. */
const PLAIN_SUFFIXES = [
  'amazonaws.com',
  'amazonaws.com.cn',
  'amazonaws.eu',
  'c2s.ic.gov',
  'sc2s.sgov.gov',
  'cloud.adc-e.uk',
  'csp.hci.ic.gov',
];

/** Classifies the endpoint that issued a set against the region it was issued for. */
export function classifyEndpoint(
  endpointUrl: string | undefined,
  region: string | undefined,
): ExportEndpoint {
  if (endpointUrl === undefined || endpointUrl === '') return { kind: 'unknown' };
  let url: URL;
  try {
    url = new URL(endpointUrl);
  } catch {
    return { kind: 'unknown' };
  }
  const host = url.hostname.toLowerCase();
  const bare = url.protocol === 'https:' && url.port === '' && url.pathname === '/';
  if (bare && host === 'sts.amazonaws.com') return { kind: 'aws-global' };
  if (
    bare &&
    region !== undefined &&
    PLAIN_SUFFIXES.some((suffix) => host === `sts.${region.toLowerCase()}.${suffix}`)
  ) {
    return { kind: 'aws-default' };
  }
  return { kind: 'explicit', url: endpointUrl.replace(/\/$/, '') };
}

/** True when the host is an AWS one (any partition), not a sandbox or a custom endpoint. */
export function isAwsHost(endpointUrl: string): boolean {
  try {
    const host = new URL(endpointUrl).hostname.toLowerCase();
    return AWS_DNS_SUFFIXES.some((suffix) => host.endsWith(`.${suffix}`));
  } catch {
    return false;
  }
}

/** Environment variables that carry the endpoint: AWS_ENDPOINT_URL_STS or the legacy setting. */
export const ENDPOINT_ENV = {
  url: 'AWS_ENDPOINT_URL_STS',
  regional: 'AWS_STS_REGIONAL_ENDPOINTS',
  /** When true, SDKs ignore AWS_ENDPOINT_URL_STS: a stale one would silently send calls to AWS. */
  ignore: 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
} as const;

/** The endpoint variables to set for a set, and those to clear so a stale one cannot redirect it. */
export function endpointEnv(ctx: ExportContext): { set: EnvEntry[]; unset: string[] } {
  const endpoint = classifyEndpoint(ctx.endpointUrl, ctx.region);
  switch (endpoint.kind) {
    case 'unknown':
      return { set: [], unset: [] };
    case 'aws-default':
      return { set: [], unset: [ENDPOINT_ENV.url, ENDPOINT_ENV.regional] };
    case 'aws-global':
      return {
        set: [{ name: ENDPOINT_ENV.regional, label: 'the endpoint setting', value: 'legacy' }],
        unset: [ENDPOINT_ENV.url],
      };
    case 'explicit':
      return {
        set: [{ name: ENDPOINT_ENV.url, label: 'the endpoint URL', value: endpoint.url }],
        unset: [ENDPOINT_ENV.ignore],
      };
  }
}
