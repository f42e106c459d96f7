import { describe, expect, it } from 'vitest';
import type { EndpointSettings } from '../sts/endpoint-settings.ts';
import { stsPartitions } from '../sts/partitions.ts';
import {
  allowing,
  bindingRefusal,
  bindingTo,
  destinationOf,
  mayBeSentTo,
  partitionIdOfRegion,
  sameDestination,
  settingsFor,
  shortDestination,
  type Destination,
} from './endpoint-binding.ts';

const sandbox: EndpointSettings = {
  kind: 'sandbox',
  url: 'http://127.0.0.1:5174',
  region: 'us-east-1',
};
const custom: EndpointSettings = {
  kind: 'custom',
  url: 'http://localhost:4566/',
  region: 'us-east-1',
};
const aws = (region: string): EndpointSettings => ({
  kind: 'aws',
  region,
  useGlobalEndpoint: false,
  useFips: false,
  useDualStack: false,
});

describe('partitionIdOfRegion', () => {
  it('agrees with the SDK partitions data for every region STS has', () => {
    for (const partition of stsPartitions) {
      for (const region of partition.regions) {
        expect(partitionIdOfRegion(region), region).toBe(partition.id);
      }
    }
  });
});

describe('where a set may be sent', () => {
  it('a set from AWS goes to any AWS region of its partition, and only there', () => {
    const binding = bindingTo(aws('us-east-1'));
    expect(mayBeSentTo(binding, aws('eu-west-1'))).toBe(true);
    expect(mayBeSentTo(binding, aws('cn-north-1'))).toBe(false);
    expect(mayBeSentTo(binding, sandbox)).toBe(false);
    expect(mayBeSentTo(binding, custom)).toBe(false);
  });

  it('a set from the sandbox or a custom endpoint goes to that URL only', () => {
    const fromSandbox = bindingTo(sandbox);
    expect(mayBeSentTo(fromSandbox, sandbox)).toBe(true);
    expect(mayBeSentTo(fromSandbox, { ...sandbox, region: 'eu-west-1' })).toBe(true);
    expect(mayBeSentTo(fromSandbox, aws('us-east-1'))).toBe(false);
    expect(
      mayBeSentTo(fromSandbox, { kind: 'custom', url: 'http://127.0.0.1:9', region: 'us-east-1' }),
    ).toBe(false);
    // The same server reached as a custom endpoint is the same destination.
    expect(
      mayBeSentTo(fromSandbox, {
        kind: 'custom',
        url: 'http://127.0.0.1:5174/',
        region: 'us-east-1',
      }),
    ).toBe(true);
    expect(mayBeSentTo(bindingTo(custom), { ...custom, url: 'http://localhost:4566' })).toBe(true);
  });

  it('sends elsewhere only once allowed, and allowing twice changes nothing', () => {
    const once = allowing(bindingTo(sandbox), aws('us-west-2'));
    expect(mayBeSentTo(once, aws('eu-central-1'))).toBe(true);
    expect(mayBeSentTo(once, sandbox)).toBe(true);
    expect(allowing(once, aws('us-east-1'))).toBe(once);
    expect(once.issuedBy).toEqual({ kind: 'sandbox', url: 'http://127.0.0.1:5174' });
  });
});

describe('bindingRefusal', () => {
  it('names both places', () => {
    expect(bindingRefusal('Admin/ci', bindingTo(sandbox), aws('us-east-1'))).toBe(
      '“Admin/ci” came from the local sandbox at http://127.0.0.1:5174; calls now go to AWS. It is not sent there unless you choose so.',
    );
    expect(bindingRefusal('k', bindingTo(aws('cn-north-1')), custom)).toBe(
      '“k” came from AWS (aws-cn); calls now go to the custom endpoint http://localhost:4566. It is not sent there unless you choose so.',
    );
  });

  it('says nothing when the set may go', () => {
    expect(bindingRefusal('k', bindingTo(sandbox), sandbox)).toBeUndefined();
  });
});

describe('settingsFor', () => {
  it('gives settings that send calls back to the destination', () => {
    const destinations: Destination[] = [
      { kind: 'aws', partition: 'aws-us-gov' },
      { kind: 'sandbox', url: 'http://127.0.0.1:5174' },
      { kind: 'custom', url: 'https://sts.example.test/path' },
    ];
    for (const d of destinations) {
      const region = d.kind === 'aws' ? 'us-gov-west-1' : 'eu-west-1';
      expect(sameDestination(destinationOf(settingsFor(d, region)), d)).toBe(true);
    }
  });
});

it('shortDestination names a destination in a word or two', () => {
  expect(shortDestination({ kind: 'aws', partition: 'aws' })).toBe('AWS');
  expect(shortDestination({ kind: 'aws', partition: 'aws-cn' })).toBe('AWS aws-cn');
  expect(shortDestination({ kind: 'sandbox', url: 'http://127.0.0.1:5174' })).toBe('sandbox');
  expect(shortDestination({ kind: 'custom', url: 'http://localhost:4566' })).toBe('localhost:4566');
});
