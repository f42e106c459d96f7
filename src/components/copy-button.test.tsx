import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { CopyButton } from './copy-button.tsx';

const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(cleanup);

it('writes the text on click and says so', async () => {
  render(<CopyButton label="Copy ARN" getText={() => 'arn:aws:iam::111122223333:user/demo'} />);
  fireEvent.click(screen.getByRole('button', { name: 'Copy ARN' }));
  expect(await screen.findByText('Copied ✓')).toBeTruthy();
  expect(writeText).toHaveBeenCalledExactlyOnceWith('arn:aws:iam::111122223333:user/demo');
});

it('writes text that needs code not loaded yet once it is ready', async () => {
  const later = Promise.resolve('https://console.example/#/assume-role?RoleArn=x');
  render(<CopyButton label="Copy share link" getText={() => later} />);
  fireEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
  expect(await screen.findByText('Copied ✓')).toBeTruthy();
  expect(writeText).toHaveBeenCalledExactlyOnceWith(
    'https://console.example/#/assume-role?RoleArn=x',
  );
});

it('says the copy failed when the text cannot be had, and writes nothing', async () => {
  render(
    <CopyButton
      label="Copy share link"
      getText={() => Promise.reject(new Error('the share link code did not load'))}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
  await waitFor(() => {
    expect(screen.getByRole('status').textContent).toBe('Copy failed');
  });
  expect(writeText).not.toHaveBeenCalled();
});
