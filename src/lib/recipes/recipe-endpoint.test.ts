import { describe, expect, it } from 'vitest';
import type { EndpointSettings } from '../sts/endpoint-settings.ts';
import { describeRecipeEndpoint, profileEndpoint, sameEndpoint } from './recipe-endpoint.ts';

const SANDBOX = 'http://127.0.0.1:5174';
const aws = (region: string, more: Partial<EndpointSettings> = {}): EndpointSettings =>
  ({
    kind: 'aws',
    region,
    useGlobalEndpoint: false,
    useFips: false,
    useDualStack: false,
    ...more,
  }) as EndpointSettings;

describe('profileEndpoint', () => {
  it.each([
    ['nothing: the tab decides', {}, undefined],
    ['a region: AWS there', { region: 'eu-west-1' }, aws('eu-west-1')],
    [
      'legacy: the global endpoint',
      { region: 'us-east-1', stsRegionalEndpoints: 'legacy' },
      aws('us-east-1', { useGlobalEndpoint: true }),
    ],
    [
      'legacy without a region: us-east-1, as the CLI',
      { stsRegionalEndpoints: 'legacy' },
      aws('us-east-1', { useGlobalEndpoint: true }),
    ],
    [
      'the sandbox this build sits beside',
      { endpointUrl: `${SANDBOX}/`, region: 'eu-west-1' },
      { kind: 'sandbox', url: SANDBOX, region: 'eu-west-1' },
    ],
    [
      'another URL: custom, us-east-1 without a region',
      { endpointUrl: 'http://localhost:4566' },
      { kind: 'custom', url: 'http://localhost:4566', region: 'us-east-1' },
    ],
    [
      'an AWS regional host: AWS, its region',
      { endpointUrl: 'https://sts.eu-central-1.amazonaws.com', region: 'us-east-1' },
      aws('eu-central-1'),
    ],
    [
      'a FIPS dual-stack host',
      { endpointUrl: 'https://sts-fips.us-east-2.api.aws' },
      aws('us-east-2', { useFips: true, useDualStack: true }),
    ],
    [
      'the global host',
      { endpointUrl: 'https://sts.amazonaws.com' },
      aws('us-east-1', { useGlobalEndpoint: true }),
    ],
    ['a China host', { endpointUrl: 'https://sts.cn-north-1.amazonaws.com.cn' }, aws('cn-north-1')],
    [
      'an AWS host with a path stays a URL',
      { endpointUrl: 'https://sts.eu-west-1.amazonaws.com/x', region: 'eu-west-1' },
      { kind: 'custom', url: 'https://sts.eu-west-1.amazonaws.com/x', region: 'eu-west-1' },
    ],
  ])('%s', (_, fields, expected) => {
    expect(profileEndpoint(fields, SANDBOX)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [{ region: 'Europe' }, 'is not a region name'],
    [{ stsRegionalEndpoints: 'global' }, '"regional" or "legacy"'],
    [{ endpointUrl: 'ftp://x' }, 'endpoint_url: The endpoint must use http:// or https://'],
    [{ endpointUrl: 'sts' }, 'is not a URL'],
  ])('refuses %j', (fields, message) => {
    const result = profileEndpoint(fields, SANDBOX);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});

describe('describeRecipeEndpoint', () => {
  const tab: EndpointSettings = { kind: 'sandbox', url: SANDBOX, region: 'us-east-1' };

  it('says the tab decides when the recipe does not', () => {
    expect(describeRecipeEndpoint({ ok: true, value: undefined }, tab)).toEqual({
      text: `Calls go where this tab sends them (the local sandbox at ${SANDBOX}, us-east-1).`,
      differs: false,
    });
  });

  it('says so when the recipe sends elsewhere, naming both', () => {
    expect(describeRecipeEndpoint({ ok: true, value: aws('eu-west-1') }, tab)).toEqual({
      text: `Calls go to AWS eu-west-1, not where this tab sends them (the local sandbox at ${SANDBOX}, us-east-1).`,
      differs: true,
    });
  });

  it('a region alone differs too; the same place does not', () => {
    const there = { ...tab, region: 'eu-west-1' };
    expect(describeRecipeEndpoint({ ok: true, value: there }, tab).differs).toBe(true);
    expect(describeRecipeEndpoint({ ok: true, value: { ...tab } }, tab)).toEqual({
      text: `Calls go to the local sandbox at ${SANDBOX}, us-east-1, as this tab's do.`,
      differs: false,
    });
  });

  it('a broken endpoint is said as such', () => {
    expect(describeRecipeEndpoint({ ok: false, error: 'bad.' }, tab)).toEqual({
      text: 'Cannot be assumed as it is: bad.',
      differs: true,
    });
  });

  it('names the global, FIPS and dual-stack choices', () => {
    expect(
      describeRecipeEndpoint(
        { ok: true, value: aws('us-east-1', { useGlobalEndpoint: true, useFips: true }) },
        aws('us-east-1'),
      ).text,
    ).toBe(
      'Calls go to AWS us-east-1 (global endpoint (legacy), FIPS), not where this tab sends them (AWS us-east-1).',
    );
  });
});

describe('sameEndpoint', () => {
  it('tells AWS from URLs, and regions and flags apart', () => {
    expect(sameEndpoint(aws('us-east-1'), aws('us-east-1'))).toBe(true);
    expect(sameEndpoint(aws('us-east-1'), aws('us-east-1', { useFips: true }))).toBe(false);
    expect(
      sameEndpoint(aws('us-east-1'), { kind: 'custom', url: SANDBOX, region: 'us-east-1' }),
    ).toBe(false);
    expect(
      sameEndpoint(
        { kind: 'custom', url: `${SANDBOX}/`, region: 'us-east-1' },
        { kind: 'sandbox', url: SANDBOX, region: 'us-east-1' },
      ),
    ).toBe(true);
  });
});
