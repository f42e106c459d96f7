import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../lib/result.ts';
import { sandboxBinding } from '../lib/wallet/wallet-fixtures.ts';
import type { NewWalletEntry, WalletEntry } from '../lib/wallet/wallet-store.ts';
import { keepFresh } from './keep-fresh.ts';
import { startKeepFresh } from './keep-fresh-runner.ts';
import { renewSet } from './renew-set.ts';
import { wallet } from './wallet.ts';

vi.mock('./renew-set.ts', () => ({ renewSet: vi.fn() }));
vi.mock('./toasts.ts', () => ({ showToast: vi.fn() }));

const MIN = 60_000;
const START = Date.UTC(2026, 0, 1, 12);

function set(accessKeyId: string, over: Partial<NewWalletEntry> = {}): NewWalletEntry {
  return {
    label: accessKeyId,
    credentials: {
      accessKeyId,
      secretAccessKey: 's',
      sessionToken: 't',
      expiration: new Date(START + 15 * MIN),
    },
    source: { operation: 'AssumeRole', params: { RoleArn: 'r', RoleSessionName: 's' } },
    binding: sandboxBinding,
    ...over,
  };
}

let keys: WalletEntry;
let session: WalletEntry;

beforeEach(() => {
  vi.useFakeTimers({ now: START });
  wallet.clear();
  keys = wallet.add({
    ...set('AKIAKEYS'),
    credentials: { accessKeyId: 'AKIAKEYS', secretAccessKey: 's' },
    source: { operation: 'Keys', params: {} },
  });
  session = wallet.add(set('ASIAOLD', { parentId: keys.id }));
  startKeepFresh();
});

afterEach(() => {
  keepFresh.set(session.id, false);
  vi.mocked(renewSet).mockReset();
  vi.useRealTimers();
});

describe('startKeepFresh', () => {
  it('renews a set once, 5 minutes before it expires', async () => {
    vi.mocked(renewSet).mockImplementation((id) => {
      const renewed = wallet.renew(
        id,
        set('ASIANEW', {
          parentId: keys.id,
          credentials: { ...set('x').credentials, expiration: new Date(START + 30 * MIN) },
        }),
      );
      return Promise.resolve(renewed ? ok(renewed) : err('gone'));
    });
    keepFresh.set(session.id, true);
    await vi.advanceTimersByTimeAsync(10 * MIN - 1000);
    expect(renewSet).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(renewSet).toHaveBeenCalledTimes(1);
    expect(keepFresh.get(session.id).attempt).toMatchObject({ state: 'renewed' });
    // The new expiry comes due in its turn (25 minutes after the start), not before.
    await vi.advanceTimersByTimeAsync(14 * MIN);
    expect(renewSet).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(MIN);
    expect(renewSet).toHaveBeenCalledTimes(2);
  });

  it('records a failure, and tries again after the back-off', async () => {
    vi.mocked(renewSet).mockResolvedValue(err('Throttling: Rate exceeded.'));
    keepFresh.set(session.id, true);
    await vi.advanceTimersByTimeAsync(10 * MIN);
    expect(keepFresh.get(session.id)).toMatchObject({
      attempt: { state: 'failed', failures: 1 },
      failure: 'Throttling: Rate exceeded',
    });
    await vi.advanceTimersByTimeAsync(29_000);
    expect(renewSet).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(renewSet).toHaveBeenCalledTimes(2);
    expect(keepFresh.get(session.id).attempt).toMatchObject({ state: 'failed', failures: 2 });
  });

  it('sends nothing while Keep fresh is off', async () => {
    await vi.advanceTimersByTimeAsync(14 * MIN);
    expect(renewSet).not.toHaveBeenCalled();
  });
});
