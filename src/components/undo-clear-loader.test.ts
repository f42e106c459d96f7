import { describe, expect, it, vi } from 'vitest';
import { showToast } from '../state/toasts.ts';
import { clearOnceLoaded } from './undo-clear-loader.ts';

vi.mock('../state/toasts.ts', () => ({ showToast: vi.fn() }));

describe('clearOnceLoaded', () => {
  it('clears with the code once it and the Undo have loaded', async () => {
    const clear = vi.fn();
    clearOnceLoaded(() => Promise.resolve('code'), clear);
    await vi.waitFor(() => {
      expect(clear).toHaveBeenCalledWith('code');
    });
  });

  it('clears nothing when its code cannot be fetched, and says so', async () => {
    const clear = vi.fn();
    clearOnceLoaded(() => Promise.reject(new Error('offline')), clear);
    await vi.waitFor(() => {
      expect(vi.mocked(showToast)).toHaveBeenCalledWith(
        expect.stringContaining('Nothing was cleared'),
        'warning',
      );
    });
    expect(clear).not.toHaveBeenCalled();
  });
});
