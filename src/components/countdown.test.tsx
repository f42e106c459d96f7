import { act, cleanup, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Countdown } from './countdown.tsx';

// Half a second past a second: the shared clock ticks just after each whole second.
const START = Date.UTC(2030, 0, 1, 12, 0, 0) + 500;

function tick(seconds: number) {
  act(() => {
    vi.advanceTimersByTime(seconds * 1000);
  });
}

describe('Countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('ticks each second, announcing only the thresholds', () => {
    render(<Countdown expiresAt={new Date(START + 5 * 60_000 + 2000)} subject="Credentials" />);
    const status = screen.getByRole('status');
    expect(screen.getByText('5m 02s left')).toBeTruthy();
    expect(status.textContent).toBe('');
    tick(1);
    expect(screen.getByText('5m 01s left')).toBeTruthy();
    expect(status.textContent).toBe('');
    tick(2);
    expect(screen.getByText('4m 59s left')).toBeTruthy();
    expect(status.textContent).toBe('Credentials: under five minutes left');
    tick(301);
    expect(screen.getByText('Expired 1s ago')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Credentials: expired');
  });

  it('keeps its machine-readable time and shows its state', () => {
    const expiresAt = new Date(START + 4 * 60_000);
    const { container } = render(<Countdown expiresAt={expiresAt} subject="Token" />);
    const time = container.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe(expiresAt.toISOString());
    expect(container.querySelector('.countdown--soon')).not.toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Token: under five minutes left');
  });

  it('when coarse, shows minutes until six minutes remain, then seconds', () => {
    render(<Countdown expiresAt={new Date(START + 7 * 60_000)} subject="Set" coarse />);
    expect(screen.getByText('7m left')).toBeTruthy();
    tick(59);
    expect(screen.getByText('6m left')).toBeTruthy();
    tick(2);
    expect(screen.getByText('5m 59s left')).toBeTruthy();
  });

  it('does not re-render React for a tick, only at a threshold', () => {
    const commits = vi.fn();
    render(
      <Profiler id="countdown" onRender={commits}>
        <Countdown expiresAt={new Date(START + 5 * 60_000 + 10_000)} subject="Credentials" />
      </Profiler>,
    );
    const mounted = commits.mock.calls.length;
    tick(5);
    expect(screen.getByText('5m 05s left')).toBeTruthy();
    expect(commits.mock.calls.length).toBe(mounted);
    tick(10);
    expect(screen.getByText('4m 55s left')).toBeTruthy();
    expect(commits.mock.calls.length).toBe(mounted + 1);
  });

  it('shows the right time when it starts after the clock was idle', () => {
    render(<Countdown expiresAt={new Date(START + 90_000)} subject="Token" />);
    cleanup();
    vi.setSystemTime(START + 30_000);
    render(<Countdown expiresAt={new Date(START + 90_000)} subject="Token" />);
    expect(screen.getByText('1m 00s left')).toBeTruthy();
  });
});
