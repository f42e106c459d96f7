import { useWatch } from 'react-hook-form';
import { TextField } from '../../components/form/text-field.tsx';
import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { useWalletEntries } from '../../state/wallet.ts';
import { AccountResult } from './account-result.tsx';
import { OfflineKeyPanel } from './offline-key-panel.tsx';
import { readKeyIdOffline } from './offline-key-info.ts';
import '../inspect-ops.css';

function Fields() {
  const keyId: unknown = useWatch({ name: 'AccessKeyId' });
  const walletKeys = useWalletEntries().map((e) => e.credentials.accessKeyId);
  return (
    <>
      <TextField
        name="AccessKeyId"
        label="Access key ID"
        required
        placeholder="AKIA… or ASIA…"
        suggestions={[...new Set(walletKeys)]}
        hint="Not a secret: the key ID alone cannot sign anything."
      />
      <OfflineKeyPanel info={readKeyIdOffline(typeof keyId === 'string' ? keyId : '')} />
    </>
  );
}

/** GetAccessKeyInfo: the owning account from STS beside the account decoded from the key ID. */
export const page: OperationPageDefinition<'GetAccessKeyInfo'> = {
  operation: 'GetAccessKeyInfo',
  Fields,
  renderResult: ({ input, output }) => (
    <AccountResult keyId={input.AccessKeyId ?? ''} account={output.Account} />
  ),
};
