import { useCallback, useEffect, useMemo, useSyncExternalStore, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { AdviceContext } from '../../lib/sts/failure-advice.ts';
import { fieldLabel } from '../../lib/sts/field-labels.ts';
import { failedMember } from '../../lib/sts/failure-member.ts';
import type { CallFailure } from '../../state/call-operation.ts';
import { changedMembers } from '../form/form-values.ts';
import { FailurePanel } from '../failure-panel.tsx';

export interface CallFailureProps {
  failure: CallFailure;
  context: Omit<AdviceContext, 'endpointUrl' | 'networkCause'>;
  /** The form's values when the call was sent. */
  sent: Readonly<Record<string, unknown>>;
  formRef: RefObject<UseFormReturn | null>;
}

const noEdits = '';

/** The members edited since `sent`, re-rendering only when that list changes (not per keystroke). */
function useEditedMembers(
  formRef: RefObject<UseFormReturn | null>,
  sent: Readonly<Record<string, unknown>>,
): readonly string[] {
  const subscribe = useCallback(
    (changed: () => void) =>
      formRef.current?.subscribe({ formState: { values: true }, callback: changed }) ??
      (() => undefined),
    [formRef],
  );
  const snapshot = () => {
    const values = formRef.current?.getValues();
    return values ? changedMembers(sent, values).join('\n') : noEdits;
  };
  const key = useSyncExternalStore(subscribe, snapshot, snapshot);
  return useMemo(() => (key === noEdits ? [] : key.split('\n')), [key]);
}

/**
 * A failed call beside its form: the field STS's answer names is marked with the message, and
 * once the user edits what the answer was about, the panel says it is about earlier input.
 */
export function CallFailure({ failure, context, sent, formRef }: CallFailureProps) {
  const member = useMemo(() => failedMember(failure, Object.keys(sent)), [failure, sent]);
  useEffect(() => {
    if (member) {
      // Focus stays on the submit button (the panel is announced): the panel offers the field.
      formRef.current?.setError(member.path, { type: 'sts', message: member.message });
    }
  }, [member, formRef]);
  const edited = useEditedMembers(formRef, sent);
  const about = member ? edited.filter((name) => name === member.path.split('.')[0]) : edited;
  return (
    <FailurePanel
      failure={failure}
      context={context}
      field={
        member
          ? {
              label: fieldLabel(member.path),
              focus: () => {
                formRef.current?.setFocus(member.path);
              },
            }
          : undefined
      }
      editedSince={about.length > 0 ? about.map(fieldLabel) : undefined}
    />
  );
}
