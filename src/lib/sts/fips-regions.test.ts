import { describe, expect, it } from 'vitest';
import { stsHasFips } from './fips-regions.ts';

describe('stsHasFips', () => {
  it.each([
    ['us-east-1', true],
    ['us-west-2', true],
    ['ca-central-1', true],
    ['ca-west-1', true],
    ['us-gov-west-1', true],
    ['eu-west-1', false],
    ['ap-southeast-2', false],
    ['cn-north-1', false],
    ['eusc-de-east-1', false],
  ])('%s → %s', (region, expected) => {
    expect(stsHasFips(region)).toBe(expected);
  });
});
