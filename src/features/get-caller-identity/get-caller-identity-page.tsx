import type { OperationPageDefinition } from '../../components/operation-page/page-definition.ts';
import { wallet } from '../../state/wallet.ts';
import { CallerIdentityResult } from './caller-identity-result.tsx';
import '../inspect-ops.css';

function Fields() {
  return (
    <p className="field__hint">
      GetCallerIdentity takes no parameters and needs no permissions: any valid credentials may call
      it, even when a policy denies everything.
    </p>
  );
}

/** GetCallerIdentity signed with any wallet credentials: who STS says you are. */
export const page: OperationPageDefinition<'GetCallerIdentity'> = {
  operation: 'GetCallerIdentity',
  Fields,
  renderResult: ({ output, signer }) => <CallerIdentityResult output={output} signer={signer} />,
  onSuccess: ({ output, signer }) => {
    // Same as the card's "Who am I?": remember the identity for sets that had none.
    if (output.Arn && signer && !signer.identity) {
      wallet.update(signer.id, {
        identity: { arn: output.Arn, account: output.Account, userId: output.UserId },
      });
    }
  },
};
