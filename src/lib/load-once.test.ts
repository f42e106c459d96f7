import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './load-once.ts';

describe('loadOnce', () => {
  it('loads once and shares the promise', async () => {
    const load = vi.fn(() => Promise.resolve(42));
    const onLoaded = vi.fn();
    const once = loadOnce(load, onLoaded);
    const [a, b] = await Promise.all([once(), once()]);
    expect([a, b]).toEqual([42, 42]);
    await once();
    expect(load).toHaveBeenCalledTimes(1);
    expect(onLoaded).toHaveBeenCalledTimes(1);
    expect(onLoaded).toHaveBeenCalledWith(42);
  });

  it('forgets a failed load so the next call tries again', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValueOnce('ok');
    const onLoaded = vi.fn();
    const once = loadOnce(load, onLoaded);
    await expect(once()).rejects.toThrow('chunk failed');
    expect(onLoaded).not.toHaveBeenCalled();
    await expect(once()).resolves.toBe('ok');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
