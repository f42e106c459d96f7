import { describe, expect, it } from 'vitest';
import { hasUnsentInput } from './unsent-input.ts';

describe('hasUnsentInput', () => {
  it('is false for a form as it started, empty values and absence alike', () => {
    expect(hasUnsentInput({ RoleArn: '', Tags: [] }, undefined, undefined)).toBe(false);
    expect(hasUnsentInput({ Audience: [''] }, undefined, { Audience: [''] })).toBe(false);
  });
  it('is true for input typed in a form never sent', () => {
    expect(hasUnsentInput({ RoleArn: 'a' }, undefined, undefined)).toBe(true);
    expect(hasUnsentInput({ Audience: ['x'] }, undefined, { Audience: [''] })).toBe(true);
  });
  it('compares with the last send once there was one', () => {
    expect(hasUnsentInput({ RoleArn: 'a' }, { RoleArn: 'a' }, undefined)).toBe(false);
    expect(hasUnsentInput({ RoleArn: 'b' }, { RoleArn: 'a' }, undefined)).toBe(true);
    expect(hasUnsentInput({ RoleArn: '' }, { RoleArn: 'a' }, { RoleArn: '' })).toBe(true);
  });
});
