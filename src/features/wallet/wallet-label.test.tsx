import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { WalletLabel } from './wallet-label.tsx';
import { sandboxBinding } from '../../lib/wallet/wallet-fixtures.ts';

afterEach(cleanup);

const entry: WalletEntry = {
  id: 'set-1',
  label: 'WebIdentityDemo/alice@example.com',
  credentials: { accessKeyId: 'ASIAEXAMPLEKEY', secretAccessKey: 'secret', sessionToken: 'token' },
  source: { operation: 'AssumeRoleWithWebIdentity', params: {} },
  binding: sandboxBinding,
  createdAt: new Date(0),
};

it('shows the whole name, free to break after each "/" first', () => {
  render(<WalletLabel entry={entry} />);
  const label = screen.getByText('WebIdentityDemo/alice@example.com');
  expect(label.textContent).toBe('WebIdentityDemo/alice@example.com');
  const breaks = label.querySelectorAll('wbr');
  expect(breaks).toHaveLength(1);
  expect(breaks[0]?.previousSibling?.textContent).toBe('/');
  expect(breaks[0]?.nextSibling?.textContent).toBe('alice@example.com');
  expect(
    screen.getByRole('button', { name: 'Rename WebIdentityDemo/alice@example.com' }),
  ).toBeTruthy();
});
