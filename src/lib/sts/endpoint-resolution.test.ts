import { describe, expect, it } from 'vitest';
import { endpointFor, endpointIfResolvable } from './endpoint-resolution.ts';
import type { EndpointSettings } from './endpoint-settings.ts';
import { loadedStsSdk } from './load-sts-sdk.ts';
import { resolveEndpoint } from './resolve-endpoint.ts';

const aws: EndpointSettings = {
  kind: 'aws',
  region: 'eu-west-1',
  useFips: false,
  useDualStack: false,
  useGlobalEndpoint: false,
};

describe('endpoint resolution without waiting for the SDK', () => {
  it('answers for sandbox and custom URLs at once', () => {
    expect(
      endpointIfResolvable({
        kind: 'custom',
        url: 'https://sts.example.test',
        region: 'eu-west-1',
      }),
    ).toEqual({
      ok: true,
      value: { url: 'https://sts.example.test', signingRegion: 'eu-west-1' },
    });
  });

  it('waits for the SDK’s rules for AWS, then answers as the SDK does, synchronously too', async () => {
    expect(loadedStsSdk()).toBeUndefined();
    expect(endpointIfResolvable(aws)).toBeUndefined();
    const resolved = await endpointFor(aws);
    expect(resolved).toEqual(resolveEndpoint(aws));
    expect(resolved).toEqual({
      ok: true,
      value: { url: 'https://sts.eu-west-1.amazonaws.com', signingRegion: 'eu-west-1' },
    });
    expect(endpointIfResolvable(aws)).toEqual(resolved);
  });
});
