import { describe, expect, it } from 'vitest';
import { cleanLabel } from './clean-label.ts';

describe('cleanLabel', () => {
  it('trims and folds spaces', () => {
    expect(cleanLabel('  prod   admin ')).toBe('prod admin');
  });
  it('refuses empty and overlong names', () => {
    expect(cleanLabel('   ')).toBeUndefined();
    expect(cleanLabel('x'.repeat(65))).toBeUndefined();
    expect(cleanLabel('x'.repeat(64))).toBe('x'.repeat(64));
  });
});
