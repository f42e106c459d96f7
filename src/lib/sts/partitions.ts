/** STS partitions and their regions, as the SDK's partitions data lists them (partitions.test.ts keeps them in sync). */
export interface StsPartition {
  id: string;
  name: string;
  regions: readonly string[];
  supportsFips: boolean;
  supportsDualStack: boolean;
}

export const stsPartitions: readonly StsPartition[] = [
  {
    id: 'aws',
    name: 'AWS',
    regions: [
      'af-south-1',
      'ap-east-1',
      'ap-east-2',
      'ap-northeast-1',
      'ap-northeast-2',
      'ap-northeast-3',
      'ap-south-1',
      'ap-south-2',
      'ap-southeast-1',
      'ap-southeast-2',
      'ap-southeast-3',
      'ap-southeast-4',
      'ap-southeast-5',
      'ap-southeast-6',
      'ap-southeast-7',
      'ca-central-1',
      'ca-west-1',
      'eu-central-1',
      'eu-central-2',
      'eu-north-1',
      'eu-south-1',
      'eu-south-2',
      'eu-west-1',
      'eu-west-2',
      'eu-west-3',
      'il-central-1',
      'me-central-1',
      'me-south-1',
      'me-west-1',
      'mx-central-1',
      'sa-east-1',
      'sa-west-1',
      'us-east-1',
      'us-east-2',
      'us-west-1',
      'us-west-2',
    ],
    supportsFips: true,
    supportsDualStack: true,
  },
  {
    id: 'aws-cn',
    name: 'AWS China',
    regions: ['cn-north-1', 'cn-northwest-1'],
    supportsFips: true,
    supportsDualStack: true,
  },
  {
    id: 'aws-eusc',
    name: 'AWS European Sovereign Cloud',
    regions: ['eusc-de-east-1'],
    supportsFips: true,
    supportsDualStack: true,
  },
  {
    id: 'aws-iso',
    name: 'AWS ISO (US)',
    regions: ['us-iso-east-1', 'us-iso-west-1'],
    supportsFips: true,
    supportsDualStack: true,
  },
  {
    id: 'aws-iso-b',
    name: 'AWS ISOB (US)',
    regions: ['us-isob-east-1', 'us-isob-west-1'],
    supportsFips: true,
    supportsDualStack: true,
  },
  {
    id: 'aws-iso-e',
    name: 'AWS ISOE (Europe)',
    regions: ['eu-isoe-west-1'],
    supportsFips: true,
    supportsDualStack: true,
  },
  {
    id: 'aws-iso-f',
    name: 'AWS ISOF',
    regions: ['us-isof-east-1', 'us-isof-south-1'],
    supportsFips: true,
    supportsDualStack: true,
  },
  {
    id: 'aws-us-gov',
    name: 'AWS GovCloud (US)',
    regions: ['us-gov-east-1', 'us-gov-west-1'],
    supportsFips: true,
    supportsDualStack: true,
  },
];

/** The partition a region belongs to, if it is a known one. */
export function partitionOfRegion(region: string): StsPartition | undefined {
  return stsPartitions.find((p) => p.regions.includes(region));
}
