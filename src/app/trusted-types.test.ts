import { describe, expect, it } from 'vitest';
import { allowsStringSink } from './trusted-types.ts';

describe('allowsStringSink', () => {
  it('lets only DOMParser take strings', () => {
    expect(allowsStringSink('DOMParser parseFromString')).toBe(true);
    for (const sink of [
      'Element innerHTML',
      'Element outerHTML',
      'Document write',
      'Range createContextualFragment',
      'HTMLScriptElement text',
      'eval',
    ]) {
      expect(allowsStringSink(sink)).toBe(false);
    }
  });
});
