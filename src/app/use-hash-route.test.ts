import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseHashRoute, removeHashQuery, useHashRoute } from './use-hash-route.ts';

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

describe('removeHashQuery', () => {
  it('takes the query out of the address bar and re-renders the route', () => {
    window.history.replaceState(null, '', '/#/assume-role?RoleArn=x');
    const { result } = renderHook(() => useHashRoute());
    expect(result.current.query).toBe('RoleArn=x');
    act(() => {
      removeHashQuery();
    });
    expect(window.location.hash).toBe('#/assume-role');
    expect(result.current).toEqual({ slug: 'assume-role', query: '' });
  });
});
