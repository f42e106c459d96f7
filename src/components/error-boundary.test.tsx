import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary.tsx';

afterEach(cleanup);

let broken = true;
function Fragile() {
  if (broken) throw new Error('boom');
  return <p>All good</p>;
}

describe('ErrorBoundary', () => {
  it('replaces a crashing part with a message, and tries again on request', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    render(
      <ErrorBoundary resetKey="a" what="this page">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Something in this page broke');
    expect(screen.getByRole('alert').textContent).toContain('Error: boom');
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('All good')).toBeTruthy();
    quiet.mockRestore();
  });

  it('starts afresh when its reset key changes (another page)', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    const { rerender } = render(
      <ErrorBoundary resetKey="a" what="this page">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    broken = false;
    rerender(
      <ErrorBoundary resetKey="b" what="this page">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText('All good')).toBeTruthy();
    quiet.mockRestore();
  });
});
