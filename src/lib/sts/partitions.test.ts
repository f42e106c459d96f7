import { describe, expect, it } from 'vitest';
// The SDK keeps its partitions data in a module its package exports do not expose; read as text
// (Vite's ?raw) so the test sees exactly what the SDK's endpoint resolution uses.
import sdkPartitionsSource from '../../../node_modules/@aws-sdk/core/dist-es/submodules/client/util-endpoints/lib/aws/partitions.js?raw';
import { partitionOfRegion, stsPartitions } from './partitions.ts';

interface SdkPartition {
  id: string;
  outputs: { supportsFIPS: boolean; supportsDualStack: boolean };
  regions: Record<string, unknown>;
}

/** Parses `export const partitionsInfo = {…};` (JSON in a JS wrapper). */
function parseSdkPartitions(source: string): SdkPartition[] {
  const json = source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1);
  const parsed = JSON.parse(json) as { partitions: SdkPartition[] };
  return parsed.partitions;
}

const sdkPartitions = parseSdkPartitions(sdkPartitionsSource);

/** "aws-global", "aws-cn-global"…: endpoint aliases, not regions a user picks. */
const isPseudoRegion = (region: string): boolean => region.endsWith('-global');

function sdkRegions(partition: SdkPartition): string[] {
  return Object.keys(partition.regions)
    .filter((r) => !isPseudoRegion(r))
    .sort();
}

describe('partitions.ts matches the SDK’s partitions data', () => {
  it('reads the SDK data (guards the parse, so an empty list cannot pass)', () => {
    expect(sdkPartitions.length).toBeGreaterThanOrEqual(8);
    expect(sdkPartitions.find((p) => p.id === 'aws')?.regions).toHaveProperty('us-east-1');
  });

  it('has the same partitions, in any order', () => {
    expect(stsPartitions.map((p) => p.id).sort()).toEqual(sdkPartitions.map((p) => p.id).sort());
  });

  it.each(sdkPartitions.map((p) => [p.id, p] as const))(
    '%s: no region missing, none extra',
    (id, sdk) => {
      const ours = stsPartitions.find((p) => p.id === id);
      expect(ours, `partition ${id} in partitions.ts`).toBeDefined();
      expect([...(ours?.regions ?? [])].sort()).toEqual(sdkRegions(sdk));
    },
  );

  it.each(sdkPartitions.map((p) => [p.id, p] as const))(
    '%s: FIPS and dual-stack support as the SDK says',
    (id, sdk) => {
      const ours = stsPartitions.find((p) => p.id === id);
      expect({ fips: ours?.supportsFips, dualStack: ours?.supportsDualStack }).toEqual({
        fips: sdk.outputs.supportsFIPS,
        dualStack: sdk.outputs.supportsDualStack,
      });
    },
  );

  it('lists each region once, so partitionOfRegion has one answer', () => {
    const all = stsPartitions.flatMap((p) => p.regions);
    expect(new Set(all).size).toBe(all.length);
    for (const p of stsPartitions) {
      for (const region of p.regions) expect(partitionOfRegion(region)?.id).toBe(p.id);
    }
  });
});
