import { describe, expect, it } from 'vitest';
import { dismissReason } from './use-dismissable-details.ts';

describe('dismissReason', () => {
  it('closes on Escape only', () => {
    expect(
      dismissReason({ type: 'keydown', key: 'Escape', target: null }, { contains: () => false }),
    ).toBe('escape');
    expect(
      dismissReason({ type: 'keydown', key: 'Enter', target: null }, { contains: () => false }),
    ).toBeUndefined();
  });

  it('closes on navigation', () => {
    expect(dismissReason({ type: 'hashchange', target: null }, { contains: () => false })).toBe(
      'navigation',
    );
  });

  it('closes on a press outside, not inside', () => {
    const outside = document.createElement('div');
    const within = document.createElement('div');
    const box = { contains: (node: Node | null) => node === within };
    expect(dismissReason({ type: 'pointerdown', target: outside }, box)).toBe('outside');
    expect(dismissReason({ type: 'pointerdown', target: within }, box)).toBeUndefined();
  });
});
