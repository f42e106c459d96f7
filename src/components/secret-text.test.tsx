import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SecretText } from './secret-text.tsx';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

const clipboard = {
  writeText: vi.fn<(text: string) => Promise<void>>(() => Promise.resolve()),
  readText: vi.fn(() => Promise.resolve('')),
};

beforeEach(() => {
  clipboard.writeText.mockClear();
  clipboard.readText.mockClear();
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
});
afterEach(cleanup);

describe('THREAT-MODEL promise 6: SecretText and its copy button', () => {
  it('shows dots, not the secret, until the user reveals it, and hides it again', () => {
    const { container } = render(<SecretText label="Secret access key" value={SECRET} />);
    expect(container.textContent).not.toContain(SECRET);
    expect(screen.getByLabelText('Secret access key (hidden)').textContent).toMatch(/^•+$/);

    fireEvent.click(screen.getByRole('button', { name: 'Reveal secret access key' }));
    expect(screen.getByLabelText('Secret access key').textContent).toBe(SECRET);

    fireEvent.click(screen.getByRole('button', { name: 'Hide secret access key' }));
    expect(container.textContent).not.toContain(SECRET);
  });

  it('writes the clipboard only on a click, without revealing, and never reads it', async () => {
    const { container } = render(<SecretText label="Session token" value={SECRET} />);
    expect(clipboard.writeText).not.toHaveBeenCalled();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy session token' }));
      await Promise.resolve();
    });
    expect(clipboard.writeText).toHaveBeenCalledExactlyOnceWith(SECRET);
    expect(container.textContent).not.toContain(SECRET);
    expect(screen.getByRole('status').textContent).toBe('Copied to the clipboard');
    expect(clipboard.readText).not.toHaveBeenCalled();
  });
});
