import type { CallContext, CallResult } from './call-types.ts';
import { loadedStsSdk, loadStsSdk } from './load-sts-sdk.ts';
import type { OperationInput, OperationName } from './operations.ts';

/**
 * Sends one STS operation through the SDK (loading its chunk first if it is not there yet);
 * anonymous operations go out as simple requests. The answer is checked against the model's
 * output shapes before anyone sees it: an out-of-spec one throws OutOfSpecAnswerError.
 */
export async function runOperation<N extends OperationName>(
  name: N,
  input: OperationInput<N>,
  context: CallContext,
): Promise<CallResult<N>> {
  const sdk = loadedStsSdk() ?? (await loadStsSdk());
  const result = await sdk.sendOperation(name, input, context);
  // STS's clock: an Expiration must come after the moment STS issued the answer.
  const issuedAt = new Date(Date.now() + result.clockOffsetMs);
  sdk.assertAnswerInSpec(name, result.output, issuedAt);
  return result;
}
