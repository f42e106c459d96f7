import { useFormContext, type UseFormReturn } from 'react-hook-form';
import type { InputMember, OperationName } from '../../lib/sts/operations.ts';

/** An operation form's values, by the SDK's member names: a misspelt member fails to compile. */
export type OperationFormValues<N extends OperationName> = Partial<Record<InputMember<N>, unknown>>;

/**
 * The surrounding operation form, typed by the operation's input members (`operation` only picks
 * the type: the form is the one the field sits in).
 */
export function useOperationForm<N extends OperationName>(
  operation: N,
): UseFormReturn<OperationFormValues<N>> {
  void operation;
  return useFormContext<OperationFormValues<N>>();
}
