import { err, ok, type Result } from '../result.ts';
import { checkCustomEndpointUrl, type EndpointSettings } from '../sts/endpoint-settings.ts';
import { describeDestination, destinationOf } from '../wallet/endpoint-binding.ts';

/** A profile's endpoint settings as ~/.aws/config gives them (a recipe, or a keys profile). */
export interface ProfileEndpointFields {
  region?: string | undefined;
  endpointUrl?: string | undefined;
  stsRegionalEndpoints?: string | undefined;
}

/** What the AWS CLI signs for when a profile names an endpoint but no region. */
const CLI_DEFAULT_REGION = 'us-east-1';

const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;

/** Pure: checks a region name as a profile's `region` (e.g. eu-west-1); the message says why not. */
export function checkRegion(region: string): Result<string> {
  return REGION.test(region)
    ? ok(region)
    : err(`"${region.slice(0, 30)}" is not a region name like eu-west-1.`);
}

/** Pure: checks `sts_regional_endpoints` (regional or legacy, as botocore accepts it). */
export function checkStsRegionalEndpoints(value: string): Result<string> {
  return value === 'regional' || value === 'legacy'
    ? ok(value)
    : err(`sts_regional_endpoints is "regional" or "legacy", not "${value.slice(0, 20)}".`);
}

/** AWS's own STS hosts: sts[-fips].<region>.amazonaws.com[.cn] and the dual-stack sts[-fips].<region>.api.aws. */
const AWS_HOST = /^sts(-fips)?\.([a-z0-9-]+)\.(amazonaws\.com(?:\.cn)?|api\.aws)$/;

/** Pure: an AWS STS URL as AWS endpoint settings (region, FIPS, dual-stack), or undefined for another host. */
function awsSettingsOf(url: URL, legacy: boolean): EndpointSettings | undefined {
  if (url.protocol !== 'https:' || url.port !== '' || url.pathname !== '/') return undefined;
  const host = url.hostname.toLowerCase();
  if (host === 'sts.amazonaws.com') {
    return {
      kind: 'aws',
      region: CLI_DEFAULT_REGION,
      useGlobalEndpoint: true,
      useFips: false,
      useDualStack: false,
    };
  }
  const match = AWS_HOST.exec(host);
  const region = match?.[2];
  if (match === null || region === undefined || !REGION.test(region)) return undefined;
  return {
    kind: 'aws',
    region,
    useGlobalEndpoint: legacy,
    useFips: match[1] !== undefined,
    useDualStack: match[3] === 'api.aws',
  };
}

/**
 * Pure: where the AWS CLI would send this profile's STS calls, as the console's endpoint settings:
 * its endpoint_url (an AWS host, the sandbox this build was served beside, or a custom endpoint),
 * else AWS in its region (the global endpoint when sts_regional_endpoints = legacy). Undefined when
 * the profile says nothing of where calls go (they go where the tab sends them).
 */
export function profileEndpoint(
  fields: ProfileEndpointFields,
  sandboxUrl: string | undefined,
): Result<EndpointSettings | undefined> {
  const { region, endpointUrl, stsRegionalEndpoints } = fields;
  if (region !== undefined) {
    const checked = checkRegion(region);
    if (!checked.ok) return checked;
  }
  if (stsRegionalEndpoints !== undefined) {
    const checked = checkStsRegionalEndpoints(stsRegionalEndpoints);
    if (!checked.ok) return checked;
  }
  const legacy = stsRegionalEndpoints === 'legacy';
  if (endpointUrl !== undefined) {
    const url = checkCustomEndpointUrl(endpointUrl);
    if (!url.ok) return err(`endpoint_url: ${url.error}.`);
    const aws = awsSettingsOf(new URL(url.value), legacy);
    if (aws !== undefined) return ok(aws);
    const sandbox = sandboxUrl?.replace(/\/+$/, '');
    return ok({
      kind: url.value === sandbox ? 'sandbox' : 'custom',
      url: url.value,
      region: region ?? CLI_DEFAULT_REGION,
    });
  }
  if (region === undefined && stsRegionalEndpoints === undefined) return ok(undefined);
  return ok({
    kind: 'aws',
    region: region ?? CLI_DEFAULT_REGION,
    useGlobalEndpoint: legacy,
    useFips: false,
    useDualStack: false,
  });
}

/** Pure: endpoint settings in words, e.g. "the local sandbox at http://127.0.0.1:5174, eu-west-1". */
export function describeEndpoint(settings: EndpointSettings): string {
  const where = describeDestination(destinationOf(settings));
  if (settings.kind !== 'aws') return `${where}, ${settings.region}`;
  const extras = [
    settings.useGlobalEndpoint ? 'global endpoint (legacy)' : undefined,
    settings.useFips ? 'FIPS' : undefined,
    settings.useDualStack ? 'dual-stack' : undefined,
  ].filter((x) => x !== undefined);
  return `${where} ${settings.region}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`;
}

/** Pure: whether two endpoint settings send calls to the same place, signed for the same region. */
export function sameEndpoint(a: EndpointSettings, b: EndpointSettings): boolean {
  if (a.kind === 'aws' || b.kind === 'aws') {
    return (
      a.kind === 'aws' &&
      b.kind === 'aws' &&
      a.region === b.region &&
      a.useGlobalEndpoint === b.useGlobalEndpoint &&
      a.useFips === b.useFips &&
      a.useDualStack === b.useDualStack
    );
  }
  return a.url.replace(/\/+$/, '') === b.url.replace(/\/+$/, '') && a.region === b.region;
}

/**
 * Pure: where a recipe's call goes, in words, and how that differs from where the tab sends calls:
 * e.g. "Calls go to AWS eu-west-1, not where this tab sends them (the local sandbox at …)".
 */
export function describeRecipeEndpoint(
  own: Result<EndpointSettings | undefined>,
  tab: EndpointSettings,
): { text: string; differs: boolean } {
  if (!own.ok) return { text: `Cannot be assumed as it is: ${own.error}`, differs: true };
  if (own.value === undefined) {
    return {
      text: `Calls go where this tab sends them (${describeEndpoint(tab)}).`,
      differs: false,
    };
  }
  if (sameEndpoint(own.value, tab)) {
    return {
      text: `Calls go to ${describeEndpoint(own.value)}, as this tab's do.`,
      differs: false,
    };
  }
  return {
    text: `Calls go to ${describeEndpoint(own.value)}, not where this tab sends them (${describeEndpoint(tab)}).`,
    differs: true,
  };
}
