import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { wallet } from '../../state/wallet.ts';
import { useOperationCall } from '../../state/use-operation-call.ts';
import { FailurePanel } from '../failure-panel.tsx';
import { PrincipalSummary } from './principal-summary.tsx';

/** One click: GetCallerIdentity signed with these credentials. */
export function WhoAmI({ entry }: { entry: WalletEntry }) {
  const call = useOperationCall('GetCallerIdentity');
  const output = call.data?.output;
  return (
    <div className="who-am-i">
      <button
        type="button"
        className="button"
        aria-disabled={call.isPending || undefined}
        onClick={() => {
          if (call.isPending) return;
          call.mutate(
            { input: {}, signer: entry },
            {
              onSuccess: ({ output: o }) => {
                if (o.Arn && !entry.identity) {
                  wallet.update(entry.id, {
                    identity: { arn: o.Arn, account: o.Account, userId: o.UserId },
                  });
                }
              },
            },
          );
        }}
      >
        {call.isPending ? 'Asking STS…' : 'Who am I?'}
      </button>
      {output?.Arn ? (
        <div className="who-am-i__result" role="status" aria-label="Caller identity">
          <span className="kv__note">GetCallerIdentity says you are</span>
          <PrincipalSummary arn={output.Arn} id={output.UserId} />
        </div>
      ) : null}
      {call.error ? (
        <FailurePanel failure={call.error} context={{ operation: 'GetCallerIdentity' }} />
      ) : null}
    </div>
  );
}
