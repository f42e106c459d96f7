import { describe, expect, it } from 'vitest';
import { parseHashRoute } from './use-hash-route.ts';

describe('parseHashRoute', () => {
  it.each([
    ['', '', ''],
    ['#/', '', ''],
    ['#/assume-role', 'assume-role', ''],
    ['#/assume-role?RoleArn=x&region=eu-west-1', 'assume-role', 'RoleArn=x&region=eu-west-1'],
    ['#assume-role/extra', 'assume-role', ''],
  ])('%j', (hash, slug, query) => {
    expect(parseHashRoute(hash)).toEqual({ slug, query });
  });
});
