import { loadOnce } from '../lib/load-once.ts';
import { endpointFor, endpointIfResolvable } from '../lib/sts/endpoint-resolution.ts';
import type { CallResult } from '../lib/sts/call-types.ts';
import type { OperationInput, OperationName } from '../lib/sts/operations.ts';
import { loadedStsSdk } from '../lib/sts/load-sts-sdk.ts';
import { runOperation } from '../lib/sts/run-operation.ts';
import type { StsFailure } from '../lib/sts/sts-failure.ts';
import type { WalletEntry } from '../lib/wallet/wallet-store.ts';
import type { EndpointSettings } from '../lib/sts/endpoint-settings.ts';
import { bindingRefusal, EndpointBindingError } from '../lib/wallet/endpoint-binding.ts';
import { showToast } from './toasts.ts';

/** A failed call: an Error (so react-query and stack traces treat it as one) with STS's details. */
export interface CallFailure extends StsFailure, Error {
  networkCause?: 'unreachable' | 'cors' | 'csp' | undefined;
  endpointUrl: string;
}

export interface CallSuccess<N extends OperationName> extends CallResult<N> {
  input: OperationInput<N>;
  signer?: WalletEntry | undefined;
  endpointUrl: string;
  region: string;
  /** The settings the call went out with (a set it returns is bound to them). */
  endpointSettings: EndpointSettings;
}

/** Where a call goes, who signs it, and how to cancel it. */
export interface CallOptions {
  endpoint: EndpointSettings;
  signer?: WalletEntry | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Reading a failure: its own chunk, off the first screen. The first call starts loading it, so it
 * is there by the time an answer fails; later calls share that load.
 */
const failureReading = loadOnce(() => import('../lib/sts/sts-failure.ts'));

/** What a failure is when even the code that reads failures could not be loaded. */
function unreadFailure(error: unknown): StsFailure {
  return {
    kind: 'network',
    code: 'NetworkError',
    message: `The call failed, and the console could not load the code that explains why (the connection to this site dropped?): ${String(error)}`,
  };
}

/** The clock notice last shown, so a persisting offset is announced once. */
let lastClockNotice: string | undefined;

/**
 * The console's one way to send an operation, whoever asks (a form, Run again, Keep fresh): a set
 * goes only where its binding allows; failures are thrown as CallFailure; a clock the SDK had to
 * correct is announced in a toast.
 */
export async function callOperation<N extends OperationName>(
  name: N,
  input: OperationInput<N>,
  { endpoint, signer, signal }: CallOptions,
): Promise<CallSuccess<N>> {
  let endpointUrl = '';
  const reading = failureReading();
  reading.catch(() => undefined);
  try {
    // Known at once for the sandbox and custom URLs: no extra turn before the request.
    const refusal = signer && bindingRefusal(signer.label, signer.binding, endpoint);
    if (refusal) throw new EndpointBindingError(refusal);
    const resolved = endpointIfResolvable(endpoint) ?? (await endpointFor(endpoint));
    endpointUrl = resolved.ok ? resolved.value.url : '';
    const result = await runOperation(name, input, {
      endpoint,
      credentials: signer?.credentials,
      signal,
    });
    // The SDK fixed a skewed local clock by itself (issue 7): say so, whatever the page.
    // Reused clients keep the offset they learned: say it once, not on every call.
    const notice = loadedStsSdk()?.clockOffsetNotice(result.clockOffsetMs);
    if (notice && notice !== lastClockNotice) showToast(notice, 'warning');
    lastClockNotice = notice;
    return {
      ...result,
      input,
      signer,
      endpointUrl,
      region: endpoint.region,
      endpointSettings: endpoint,
    };
  } catch (error) {
    const details = await reading.then(
      (m) => m.toStsFailure(error),
      () => unreadFailure(error),
    );
    const failure: CallFailure = Object.assign(new Error(details.message), details, {
      endpointUrl,
    });
    if (failure.kind === 'network' && endpointUrl) {
      failure.networkCause = await import('../lib/sts/diagnose-network-failure.ts').then(
        (m) => m.diagnoseNetworkFailure(endpointUrl),
        () => undefined,
      );
    }
    throw failure;
  }
}
