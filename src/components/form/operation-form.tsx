import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import {
  FormProvider,
  useForm,
  type DefaultValues,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';
import {
  onDraftReplaced,
  onSubmitRequested,
  readDraft,
  saveDraft,
  takeSubmitRequest,
} from './drafts.ts';
import { CallStateContext } from './call-state-context.ts';
import { FormActions } from './form-actions.tsx';
import { lazyZodResolver, type SchemaSource } from './lazy-zod-resolver.ts';
import { whenIdle } from '../when-idle.ts';
import { shareLinks } from './lazy-share-link.ts';
import { operationByName } from '../../lib/sts/operations.ts';
import { loadStsSdk } from '../../lib/sts/load-sts-sdk.ts';
import { endpointSettingsStore } from '../../state/endpoint-settings-store.ts';
import { CopyButton } from '../copy-button.tsx';
import { codeLoadFailure } from '../code-load-failure.ts';

export interface OperationFormProps<T> {
  /** The operation's schema, or a loader for it (zod then loads while the page is idle). */
  schema: SchemaSource<T>;
  /** Keeps what the user typed when they navigate away and back. */
  draftKey: string;
  defaultValues?: Readonly<Record<string, unknown>> | undefined;
  onSubmit: (values: T) => void;
  submitLabel: string;
  pending: boolean;
  onCancel?: () => void;
  /** Blocks the submit button with a reason (e.g. no signer). */
  blockedReason?: string | undefined;
  /** Under the submit button, inside the form: checks of the request about to be sent. */
  after?: ReactNode;
  /** Receives the form while it is mounted (to mark a field STS named, or watch for edits). */
  formRef?: RefObject<UseFormReturn | null> | undefined;
  children: (form: UseFormReturn) => ReactNode;
}

/**
 * The one form shell: zod resolver, focus on the first invalid field, drafts, pending state with
 * cancel. Operation forms provide only their fields. Validation and the SDK are separate chunks:
 * the form is usable at once and loads them while the browser is idle.
 *
 * The call's state reaches the actions through context: when a call starts or ends, the fields do
 * not re-render (if the page passes a stable onSubmit and children), so the response is not kept
 * waiting behind a render of the whole form.
 */
export function OperationForm<T>({ pending, onCancel, ...props }: OperationFormProps<T>) {
  const pendingRef = useRef(pending);
  useLayoutEffect(() => {
    pendingRef.current = pending;
  }, [pending]);
  const callState = useMemo(() => ({ pending, onCancel }), [pending, onCancel]);
  return (
    <CallStateContext value={callState}>
      <FormBody {...props} pendingRef={pendingRef} />
    </CallStateContext>
  );
}

type FormBodyProps<T> = Omit<OperationFormProps<T>, 'pending' | 'onCancel'> & {
  pendingRef: RefObject<boolean>;
};

const FormBody = memo(function FormBody<T>(props: FormBodyProps<T>) {
  const { schema, draftKey, defaultValues, onSubmit, submitLabel, pendingRef } = props;
  const [{ resolver, prepare }] = useState(() => lazyZodResolver(schema));
  const [loadFailure, setLoadFailure] = useState<string | undefined>();
  useEffect(
    () =>
      whenIdle(() => {
        // Failures here are reported by the submit that needs the chunk.
        prepare().catch(() => undefined);
        loadStsSdk().catch(() => undefined);
      }),
    [prepare],
  );
  const form = useForm({
    resolver,
    defaultValues: (readDraft(draftKey) ?? defaultValues) as DefaultValues<FieldValues>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const { subscribe, reset } = form;
  const { formRef } = props;
  useEffect(() => {
    if (!formRef) return undefined;
    formRef.current = form;
    return () => {
      formRef.current = null;
    };
  }, [formRef, form]);
  useEffect(
    () =>
      onDraftReplaced((key, values) => {
        if (key === draftKey) reset(values);
      }),
    [reset, draftKey],
  );
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          saveDraft(draftKey, values, defaultValues);
        },
      }),
    [subscribe, draftKey, defaultValues],
  );
  const formElement = useRef<HTMLFormElement>(null);
  const blocked = props.blockedReason !== undefined;
  useEffect(() => {
    const sendIfAsked = () => {
      if (!blocked && takeSubmitRequest(draftKey)) {
        // After the reset to the replaced draft has rendered.
        setTimeout(() => formElement.current?.requestSubmit(), 0);
      }
    };
    sendIfAsked();
    return onSubmitRequested((key) => {
      if (key === draftKey) sendIfAsked();
    });
  }, [draftKey, blocked]);
  return (
    <FormProvider {...form}>
      <form
        ref={formElement}
        className="operation-form"
        noValidate
        onSubmit={(event) => {
          if (pendingRef.current) {
            event.preventDefault();
            return;
          }
          setLoadFailure(undefined);
          form
            .handleSubmit((values) => {
              onSubmit(values as T);
            })(event)
            .catch(() => {
              setLoadFailure(
                codeLoadFailure('validation code', 'Nothing was sent: press the button again.'),
              );
            });
        }}
      >
        {props.children(form)}
        <FormActions
          submitLabel={submitLabel}
          blockedReason={props.blockedReason}
          blockedId={`${draftKey}-blocked`}
        >
          {(operationByName(draftKey)?.shareableMembers.length ?? 0) > 0 ? (
            <CopyButton
              label="Copy share link"
              className="operation-form__share"
              getText={async () =>
                (await shareLinks.load()).buildShareLink(
                  window.location.href,
                  draftKey,
                  form.getValues(),
                  endpointSettingsStore.get(),
                )
              }
            >
              Copy share link
            </CopyButton>
          ) : null}
          {loadFailure ? (
            <span role="alert" className="field__error">
              {loadFailure}
            </span>
          ) : null}
        </FormActions>
        {props.after}
      </form>
    </FormProvider>
  );
}) as <T>(props: FormBodyProps<T>) => ReactNode;
