import { describe, expect, it } from 'vitest';
import { callEndpointOverride, endCallEndpoint, sendCallTo } from './call-endpoint.ts';

describe('call endpoint', () => {
  const recipe = {
    settings: { kind: 'custom', url: 'http://localhost:4566', region: 'eu-west-1' },
    by: 'recipe Admin',
  } as const;

  it('sends one operation where a recipe says, others where the tab does', () => {
    sendCallTo('AssumeRole', recipe);
    expect(callEndpointOverride('AssumeRole')).toBe(recipe);
    expect(callEndpointOverride('GetCallerIdentity')).toBeUndefined();
    endCallEndpoint('AssumeRole');
    expect(callEndpointOverride('AssumeRole')).toBeUndefined();
  });

  it('ends only the target it was asked to end', () => {
    sendCallTo('AssumeRole', recipe);
    const next = { ...recipe, by: 'recipe Reader' };
    sendCallTo('AssumeRole', next);
    endCallEndpoint('AssumeRole', recipe);
    expect(callEndpointOverride('AssumeRole')).toBe(next);
    endCallEndpoint('AssumeRole', next);
    expect(callEndpointOverride('AssumeRole')).toBeUndefined();
  });
});
