import { describe, expect, it } from 'vitest';
import stsModel from '../../../model/sts-model.json' with { type: 'json' };
import { resolveEndpoint } from './resolve-endpoint.ts';
import { stsPartitions } from './partitions.ts';

interface EndpointTest {
  doc: string;
  params: Record<string, unknown>;
  expect: { endpoint?: { url: string }; error?: string };
}

const tests = (stsModel.endpointRuleSet.endpointTests as EndpointTest[]).filter(
  (t) =>
    t.params.Endpoint === undefined &&
    typeof t.params.Region === 'string' &&
    t.expect.endpoint !== undefined,
);

describe('resolveEndpoint agrees with the model’s endpoint tests', () => {
  it('has cases to check', () => {
    expect(tests.length).toBeGreaterThan(30);
  });
  it.each(tests.map((t) => [t.doc, t] as const))('%s', (_doc, t) => {
    const result = resolveEndpoint({
      kind: 'aws',
      region: t.params.Region as string,
      useFips: t.params.UseFIPS === true,
      useDualStack: t.params.UseDualStack === true,
      useGlobalEndpoint: t.params.UseGlobalEndpoint === true,
    });
    expect(result).toMatchObject({
      ok: true,
      value: { url: t.expect.endpoint?.url.replace(/\/$/, '') },
    });
  });
});

describe('resolveEndpoint', () => {
  it('signs global-endpoint calls for us-east-1', () => {
    const r = resolveEndpoint({
      kind: 'aws',
      region: 'eu-west-1',
      useGlobalEndpoint: true,
      useFips: false,
      useDualStack: false,
    });
    expect(r).toEqual({
      ok: true,
      value: { url: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' },
    });
  });
  it('passes sandbox and custom URLs through', () => {
    expect(
      resolveEndpoint({ kind: 'custom', url: 'http://localhost:4566', region: 'eu-west-1' }),
    ).toEqual({
      ok: true,
      value: { url: 'http://localhost:4566', signingRegion: 'eu-west-1' },
    });
  });
  it('resolves every region of every partition to a URL', () => {
    for (const p of stsPartitions) {
      for (const region of p.regions) {
        const r = resolveEndpoint({
          kind: 'aws',
          region,
          useGlobalEndpoint: false,
          useFips: false,
          useDualStack: false,
        });
        expect(r.ok, region).toBe(true);
      }
    }
  });
});
