import type { OperationInputs } from '../../lib/sts/schemas.ts';
import { operationInfo } from '../../lib/sts/operations.ts';
import { operationSchemas } from '../../lib/sts/schemas.ts';
import { LazyFailurePanel as FailurePanel } from '../../components/lazy-failure-panel.tsx';
import { OperationForm } from '../../components/form/operation-form.tsx';
import { OperationHeader } from '../../components/operation-header.tsx';
import { SignerPicker } from '../../components/signer/signer-picker.tsx';
import { useNow } from '../../state/clock.ts';
import { currentSigner, useSelectedSignerId } from '../../state/signer.ts';
import { useOperationCall } from '../../state/use-operation-call.ts';
import { wallet } from '../../state/wallet.ts';
import { CallerIdentityResult } from './caller-identity-result.tsx';
import '../inspect-ops.css';

const info = operationInfo.GetCallerIdentity;

/** GetCallerIdentity signed with any wallet credentials: who STS says you are. */
export function GetCallerIdentityPage() {
  const call = useOperationCall('GetCallerIdentity');
  const now = useNow();
  const selectedId = useSelectedSignerId();
  const usable = selectedId === undefined ? undefined : currentSigner(now);
  const submit = (input: OperationInputs['GetCallerIdentity']) => {
    const signer = currentSigner();
    if (!signer) return;
    call.mutate(
      { input, signer },
      {
        onSuccess: ({ output }) => {
          // Same as the card's "Who am I?": remember the identity for sets that had none.
          if (output.Arn && !signer.identity) {
            wallet.update(signer.id, {
              identity: { arn: output.Arn, account: output.Account, userId: output.UserId },
            });
          }
        },
      },
    );
  };
  return (
    <section className="operation" aria-labelledby="operation-title">
      <OperationHeader info={info} />
      <SignerPicker operation={info.name} />
      <OperationForm
        schema={operationSchemas.GetCallerIdentity}
        draftKey={info.name}
        onSubmit={submit}
        submitLabel="Ask STS who I am"
        pending={call.isPending}
        onCancel={call.cancel}
        blockedReason={
          selectedId === undefined
            ? 'Choose credentials to sign with, or add access keys.'
            : usable
              ? undefined
              : 'The chosen credentials have expired and cannot sign: choose another set.'
        }
      >
        {() => (
          <p className="field__hint">
            GetCallerIdentity takes no parameters and needs no permissions: any valid credentials
            may call it, even when a policy denies everything.
          </p>
        )}
      </OperationForm>
      {call.error ? <FailurePanel failure={call.error} context={{ operation: info.name }} /> : null}
      {call.isSuccess ? (
        <CallerIdentityResult output={call.data.output} signer={call.data.signer} />
      ) : null}
    </section>
  );
}
