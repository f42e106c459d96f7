import { describe, expect, it } from 'vitest';
import type { EndpointSettings } from '../sts/endpoint-settings.ts';
import { describeEndpoint, endpointRequest, requestedSettings } from './endpoint-request.ts';

const SANDBOX = 'http://127.0.0.1:5174';
const sandbox: EndpointSettings = { kind: 'sandbox', url: SANDBOX, region: 'us-east-1' };
const aws: EndpointSettings = {
  kind: 'aws',
  region: 'eu-west-1',
  useFips: false,
  useDualStack: true,
  useGlobalEndpoint: false,
};

describe('requestedSettings', () => {
  it('gives a custom endpoint with the link’s region, or the current one', () => {
    expect(
      requestedSettings(sandbox, { endpoint: { url: 'https://sts.example.com' } }, SANDBOX),
    ).toEqual({ kind: 'custom', url: 'https://sts.example.com', region: 'us-east-1' });
    expect(requestedSettings(sandbox, { region: 'eu-west-2' }, SANDBOX)).toEqual({
      ...sandbox,
      region: 'eu-west-2',
    });
  });

  it('keeps the FIPS and dual-stack choices when already on AWS', () => {
    expect(requestedSettings(aws, { endpoint: 'aws', region: 'us-west-2' }, SANDBOX)).toEqual({
      ...aws,
      region: 'us-west-2',
    });
  });

  it('ignores a sandbox request in a build without a sandbox', () => {
    expect(requestedSettings(aws, { endpoint: 'sandbox' }, undefined)).toEqual(aws);
  });
});

describe('describeEndpoint', () => {
  it('says where calls go in words', () => {
    expect(describeEndpoint(sandbox)).toBe(
      'the local sandbox (http://127.0.0.1:5174), region us-east-1',
    );
    expect(describeEndpoint(aws)).toBe('AWS STS in eu-west-1 (dual-stack)');
    expect(
      describeEndpoint({ kind: 'custom', url: 'https://sts.example.com', region: 'eu-west-1' }),
    ).toBe('the custom endpoint https://sts.example.com, signed for eu-west-1');
  });
});

describe('endpointRequest', () => {
  it('names what would change, from and to', () => {
    expect(
      endpointRequest(sandbox, { endpoint: { url: 'https://sts.example.com' } }, SANDBOX),
    ).toEqual({
      from: 'the local sandbox (http://127.0.0.1:5174), region us-east-1',
      to: 'the custom endpoint https://sts.example.com, signed for us-east-1',
      settings: { kind: 'custom', url: 'https://sts.example.com', region: 'us-east-1' },
    });
  });

  it('asks nothing when the link asks for nothing or for what is in use', () => {
    expect(endpointRequest(sandbox, {}, SANDBOX)).toBeUndefined();
    expect(
      endpointRequest(sandbox, { endpoint: 'sandbox', region: 'us-east-1' }, SANDBOX),
    ).toBeUndefined();
    expect(endpointRequest(aws, { endpoint: 'aws', region: 'eu-west-1' }, SANDBOX)).toBeUndefined();
  });
});
