import type { CallContext, CallResult } from './call-types.ts';
import { loadedStsSdk, loadStsSdk } from './load-sts-sdk.ts';
import type { OperationInput, OperationName } from './operations.ts';

/**
 * Sends one STS operation through the SDK (loading its chunk first if it is not there yet);
 * anonymous operations go out as simple requests.
 */
export async function runOperation<N extends OperationName>(
  name: N,
  input: OperationInput<N>,
  context: CallContext,
): Promise<CallResult<N>> {
  const sdk = loadedStsSdk() ?? (await loadStsSdk());
  return sdk.sendOperation(name, input, context);
}
