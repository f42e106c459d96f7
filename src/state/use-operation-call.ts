import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { OperationInput, OperationName } from '../lib/sts/operations.ts';
import type { WalletEntry } from '../lib/wallet/wallet-store.ts';
import { callOperation, type CallFailure, type CallSuccess } from './call-operation.ts';
import { callEndpointOverride, endCallEndpoint } from './call-endpoint.ts';
import { endpointSettingsStore } from './endpoint-settings-store.ts';

export interface CallVariables<N extends OperationName> {
  input: OperationInput<N>;
  signer?: WalletEntry | undefined;
  /** The form's values as sent (what a failure is about, when the user edits them later). */
  formValues?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Sends an operation through react-query with cancel, to where the endpoint settings send calls
 * (or where the recipe that filled the form says, until that call succeeds); failures arrive as
 * CallFailure.
 */
export function useOperationCall<N extends OperationName>(name: N) {
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation<CallSuccess<N>, CallFailure, CallVariables<N>>({
    mutationKey: ['sts', name],
    mutationFn: async ({ input, signer }) => {
      controller.current = new AbortController();
      // Read at the call, not at the last render: a recipe may have set it just before.
      const target = callEndpointOverride(name);
      try {
        const result = await callOperation(name, input, {
          endpoint: target?.settings ?? endpointSettingsStore.get(),
          signer,
          signal: controller.current.signal,
        });
        if (target !== undefined) endCallEndpoint(name, target);
        return result;
      } finally {
        controller.current = null;
      }
    },
  });
  // Stable, so forms that take it as a prop are not re-rendered by each call.
  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);
  return { ...mutation, cancel };
}
