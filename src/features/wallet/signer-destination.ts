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
 * Pure: the signed operation to take the user to after "Use as signer" on a page that cannot
 * use that signer (an unsigned page, or one STS refuses this kind on); undefined to stay.
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
  if (current && takes(current)) return undefined;
  const accepting = operationList.filter(takes);
  return (
    PREFERRED.map((name) => accepting.find((op) => op.name === name)).find((op) => op) ??
    accepting[0]
  );
}
