import { useFormContext, type UseFormReturn } from 'react-hook-form';
import type { InputMember, OperationName } from '../../lib/sts/operations.ts';

/** An operation form's values, by the SDK's member names: a misspelt member fails to compile. */
export type OperationFormValues<N extends OperationName> = Partial<Record<InputMember<N>, unknown>>;

/**
 * The surrounding operation form, typed by operation N's input members:
 * `useOperationForm<'AssumeRole'>()`.
 */
export function useOperationForm<N extends OperationName>(): UseFormReturn<OperationFormValues<N>> {
  return useFormContext<OperationFormValues<N>>();
}
