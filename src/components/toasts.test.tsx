import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { showToast } from '../state/toasts.ts';
import { Toasts } from './toasts.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

it('shows a toast, lets the user dismiss it before its time, and never takes focus', () => {
  vi.useFakeTimers();
  render(<Toasts />);
  act(() => {
    showToast('Recognised a web identity token.');
  });
  const region = screen.getByRole('status');
  expect(region.textContent).toContain('Recognised a web identity token.');
  expect(document.activeElement).toBe(document.body);
  fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
  expect(region.textContent).not.toContain('Recognised');
  act(() => {
    vi.runAllTimers();
  });
});
