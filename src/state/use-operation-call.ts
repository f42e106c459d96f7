import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { OperationInput, OperationName } from '../lib/sts/operations.ts';
import type { WalletEntry } from '../lib/wallet/wallet-store.ts';
import { callOperation, type CallFailure, type CallSuccess } from './call-operation.ts';
import { useEndpointSettings } from './endpoint-settings-store.ts';

export interface CallVariables<N extends OperationName> {
  input: OperationInput<N>;
  signer?: WalletEntry | undefined;
  /** The form's values as sent (what a failure is about, when the user edits them later). */
  formValues?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Sends an operation through react-query with cancel, to where the endpoint settings send calls;
 * failures arrive as CallFailure.
 */
export function useOperationCall<N extends OperationName>(name: N) {
  const endpoint = useEndpointSettings();
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation<CallSuccess<N>, CallFailure, CallVariables<N>>({
    mutationKey: ['sts', name],
    mutationFn: async ({ input, signer }) => {
      controller.current = new AbortController();
      try {
        return await callOperation(name, input, {
          endpoint,
          signer,
          signal: controller.current.signal,
        });
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
