import {
  defaultOperation,
  operationBySlug,
  operationList,
  type AnyOperationDefinition,
} from '../../lib/sts/operations.ts';
import type { SignerKind } from '../../lib/wallet/signer-kind.ts';

/** Where a chosen signer is most often used next: chain a role, else ask who it is. */
const PREFERRED = ['AssumeRole', 'GetCallerIdentity'];

/**
 * Pure: the signed operation to take the user to after "Use as signer" on an unsigned page (where
 * choosing a signer would change nothing visible); undefined to stay. A signed page that refuses
 * the kind says so itself, beside its submit button.
 */
export function signerDestination(
  currentSlug: string,
  kind: SignerKind,
): AnyOperationDefinition | undefined {
  const takes = (op: AnyOperationDefinition) => {
    const signers: readonly SignerKind[] = op.signers;
    return signers.includes(kind);
  };
  const current = currentSlug === '' ? defaultOperation : operationBySlug(currentSlug);
  if (current?.auth !== 'anonymous') return undefined;
  const accepting = operationList.filter(takes);
  return (
    PREFERRED.map((name) => accepting.find((op) => op.name === name)).find((op) => op) ??
    accepting[0]
  );
}
