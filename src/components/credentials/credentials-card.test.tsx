import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { CredentialsCard } from './credentials-card.tsx';
import { sandboxBinding } from '../../lib/wallet/wallet-fixtures.ts';

const MIN = 60_000;
// Local clock; STS's runs 20 minutes ahead of it, as under the sandbox's clock-skew fault.
const LOCAL_NOW = Date.UTC(2030, 0, 1, 12, 0, 0) + 500;
const SKEW = 20 * MIN;
// A one-hour set, in STS's clock.
const expiration = new Date(LOCAL_NOW + SKEW + 60 * MIN);

function entry(clockOffsetMs: number | undefined): WalletEntry {
  return {
    id: 'set-1',
    label: 'web/skew',
    credentials: {
      accessKeyId: 'ASIAEXAMPLEKEY',
      secretAccessKey: 'secret',
      sessionToken: 'token',
      expiration,
    },
    source: { operation: 'AssumeRoleWithWebIdentity', params: {} },
    binding: sandboxBinding,
    clockOffsetMs,
    createdAt: new Date(LOCAL_NOW),
  };
}

function renderCard(e: WalletEntry) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <CredentialsCard entry={e} />
    </QueryClientProvider>,
  );
  return screen.getByRole('article', { name: 'Credentials' });
}

describe('CredentialsCard under a skewed local clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(LOCAL_NOW);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('counts down the real lifetime, from the offset seen when the set was issued', () => {
    const card = renderCard(entry(SKEW));
    const countdown = within(card).getByText('1h 00m 00s left');
    // The machine-readable time is still STS's Expiration.
    expect(countdown.getAttribute('datetime')).toBe(expiration.toISOString());
    // Two seconds past the real end, not an hour and twenty minutes: expired.
    act(() => {
      vi.advanceTimersByTime(60 * MIN + 2000);
    });
    expect(within(card).getByText(/^Expired \ds ago$/)).toBeTruthy();
    expect(within(card).getByText('Credentials: expired')).toBeTruthy();
  });

  it('asks before exporting a set that has expired, also one that expires while shown', () => {
    const card = renderCard(entry(0));
    expect(within(card).getByRole('button', { name: 'Copy as bash' })).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(80 * MIN + 2000);
    });
    expect(within(card).queryByRole('button', { name: 'Copy as bash' })).toBeNull();
    expect(within(card).getByText(/STS and every tool refuse them now/)).toBeTruthy();
    act(() => {
      within(card).getByRole('button', { name: 'Export expired credentials anyway' }).click();
    });
    expect(within(card).getByRole('button', { name: 'Copy as bash' })).toBeTruthy();
  });

  it('shows STS’s Expiration unchanged and says when this computer’s clock will read it', () => {
    const card = renderCard(entry(SKEW));
    expect(within(card).getAllByText(expiration.toISOString()).length).toBeGreaterThan(0);
    expect(card.textContent).toContain('this computer’s clock will read');
  });

  it('says nothing of the clocks when they differ by the Date header’s rounding only', () => {
    const card = renderCard(entry(-400));
    expect(card.textContent).not.toContain('by STS’s clock');
  });

  it('trusts the local clock for keys with no known offset', () => {
    const card = renderCard(entry(undefined));
    expect(within(card).getByText('1h 20m 00s left')).toBeTruthy();
    expect(card.textContent).not.toContain('this computer’s clock will read');
  });
});

describe('CredentialsCard with an empty session token', () => {
  afterEach(() => {
    cleanup();
  });

  it.each(['', '  '])(
    'treats AKIA keys with session token %j as long-term keys: no token row, the export guard',
    (sessionToken) => {
      const card = renderCard({
        ...entry(undefined),
        credentials: {
          accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
          secretAccessKey: 'secret',
          sessionToken,
        },
      });
      expect(within(card).queryByText('Session token')).toBeNull();
      expect(
        within(card).getByRole('button', { name: 'Export long-term keys anyway' }),
      ).toBeTruthy();
      expect(within(card).queryByRole('button', { name: /^Copy as bash/ })).toBeNull();
    },
  );

  it('starts the tools afresh for another set: a guard passed for one set is not passed for the next', () => {
    const longTerm = (id: string): WalletEntry => ({
      ...entry(undefined),
      id,
      credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' },
    });
    const client = new QueryClient();
    const view = render(
      <QueryClientProvider client={client}>
        <CredentialsCard entry={longTerm('set-a')} />
      </QueryClientProvider>,
    );
    act(() => {
      screen.getByRole('button', { name: 'Export long-term keys anyway' }).click();
    });
    expect(screen.getByRole('button', { name: 'Copy as bash' })).toBeTruthy();
    act(() => {
      view.rerender(
        <QueryClientProvider client={client}>
          <CredentialsCard entry={longTerm('set-b')} />
        </QueryClientProvider>,
      );
    });
    expect(screen.queryByRole('button', { name: 'Copy as bash' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export long-term keys anyway' })).toBeTruthy();
  });
});
