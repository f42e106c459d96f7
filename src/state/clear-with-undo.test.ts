import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sandboxBinding } from '../lib/wallet/wallet-fixtures.ts';
import type { NewWalletEntry } from '../lib/wallet/wallet-store.ts';
import { UNDO_CLEAR_MS, clearWithUndo, undoClear, useHeldClear } from './clear-with-undo.ts';
import { selectedSignerId, selectSigner } from './signer.ts';
import { wallet } from './wallet.ts';

function keys(label: string): NewWalletEntry {
  return {
    label,
    credentials: { accessKeyId: `AKIA${label}`, secretAccessKey: `secret-${label}` },
    source: { operation: 'Keys', params: {} },
    binding: sandboxBinding,
  };
}

const labels = () => wallet.getSnapshot().map((e) => e.label);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  window.dispatchEvent(new Event('pagehide'));
  selectSigner(undefined);
  vi.useRealTimers();
});

describe('clearWithUndo', () => {
  it('empties the wallet at once and Undo brings the same sets back, signer included', () => {
    wallet.add(keys('older'));
    const newer = wallet.add(keys('newer'));
    selectSigner(newer.id);
    const before = wallet.getSnapshot();

    clearWithUndo('wallet');
    expect(wallet.getSnapshot()).toEqual([]);
    expect(selectedSignerId()).toBeUndefined();

    vi.advanceTimersByTime(UNDO_CLEAR_MS - 1);
    undoClear();
    expect(wallet.getSnapshot()).toEqual(before);
    expect(selectedSignerId()).toBe(newer.id);
  });

  it('says what can be undone, without the sets themselves, until the hold ends', () => {
    wallet.add(keys('a'));
    wallet.add(keys('b'));
    const { result } = renderHook(() => useHeldClear());
    expect(result.current).toBeUndefined();
    act(() => {
      clearWithUndo('wallet');
    });
    expect(result.current).toEqual({ scope: 'wallet', sets: 2 });
    act(() => {
      vi.advanceTimersByTime(UNDO_CLEAR_MS);
    });
    expect(result.current).toBeUndefined();
  });

  it('drops the sets for real after the hold time: Undo brings nothing back', () => {
    wallet.add(keys('gone'));
    const restoreForms = vi.fn();
    clearWithUndo('everything', restoreForms);
    vi.advanceTimersByTime(UNDO_CLEAR_MS);
    undoClear();
    expect(wallet.getSnapshot()).toEqual([]);
    expect(restoreForms).not.toHaveBeenCalled();
  });

  it('pagehide drops what is held at once', () => {
    wallet.add(keys('gone'));
    clearWithUndo('wallet');
    window.dispatchEvent(new Event('pagehide'));
    undoClear();
    expect(wallet.getSnapshot()).toEqual([]);
    expect(vi.getTimerCount(), 'no timer left holding the sets').toBe(0);
  });

  it('puts held sets after those added since, and keeps a signer chosen since', () => {
    const old = wallet.add(keys('old'));
    selectSigner(old.id);
    clearWithUndo('wallet');
    const fresh = wallet.add(keys('fresh'));
    selectSigner(fresh.id);
    undoClear();
    expect(labels()).toEqual(['fresh', 'old']);
    expect(selectedSignerId()).toBe(fresh.id);
  });

  it('a second clear while one is held takes it in: one Undo brings back both', () => {
    wallet.add(keys('first'));
    clearWithUndo('wallet');
    wallet.add(keys('second'));
    const restoreForms = vi.fn();
    clearWithUndo('everything', restoreForms);
    const { result } = renderHook(() => useHeldClear());
    expect(result.current).toEqual({ scope: 'everything', sets: 2 });
    undoClear();
    expect(labels()).toEqual(['second', 'first']);
    expect(restoreForms).toHaveBeenCalledTimes(1);
  });
});
