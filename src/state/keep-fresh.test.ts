import { describe, expect, it, vi } from 'vitest';
import { createKeepFreshStore } from './keep-fresh.ts';

describe('createKeepFreshStore', () => {
  it('is off for a set nobody chose for', () => {
    expect(createKeepFreshStore().get('set-1')).toEqual({ on: false });
  });

  it('keeps the choice and the outcome per set, and tells listeners', () => {
    const store = createKeepFreshStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.set('set-1', true);
    store.record('set-1', { state: 'failed', forExpiryMs: 9, atMs: 1, failures: 1 }, 'Denied');
    expect(store.get('set-1')).toEqual({
      on: true,
      attempt: { state: 'failed', forExpiryMs: 9, atMs: 1, failures: 1 },
      failure: 'Denied',
    });
    expect(store.get('set-2')).toEqual({ on: false });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('starts over when turned on again', () => {
    const store = createKeepFreshStore();
    store.set('set-1', true);
    store.record('set-1', { state: 'failed', forExpiryMs: 9, atMs: 1, failures: 3 }, 'Denied');
    store.set('set-1', false);
    expect(store.get('set-1').failure).toBe('Denied');
    store.set('set-1', true);
    expect(store.get('set-1')).toEqual({ on: true });
  });
});
