import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { UseFormReturn } from 'react-hook-form';
import {
  operationDefinition,
  type OperationDefinition,
  type OperationInput,
  type OperationName,
} from '../../lib/sts/operations.ts';
import { credentialsIn } from '../../lib/wallet/from-sts-credentials.ts';
import { signerBlock } from '../../lib/wallet/signer-limits.ts';
import { bindingRefusal } from '../../lib/wallet/endpoint-binding.ts';
import { useCallEndpoint, useCallEndpointOverride } from '../../state/call-endpoint.ts';
import type { WalletEntry } from '../../lib/wallet/wallet-store.ts';
import { recordCredentials } from '../../state/record-credentials.ts';
import { takeRenewal } from '../../state/pending-renewal.ts';
import { currentSigner, useSelectedSignerId, useUsableSigner } from '../../state/signer.ts';
import { useWalletEntry } from '../../state/wallet.ts';
import type { CallSuccess } from '../../state/call-operation.ts';
import { useOperationCall } from '../../state/use-operation-call.ts';
import { LazyCredentialsCard as CredentialsCard } from '../credentials/lazy-credentials-card.tsx';
import { markDraftSent, onDraftReplaced } from '../form/drafts.ts';
import { OperationForm } from '../form/operation-form.tsx';
import { OperationHeader } from '../operation-header.tsx';
import { lazyComponent } from '../lazy-component.tsx';
import { LazyCallFailure as CallFailure } from '../lazy-call-failure.tsx';
import {
  isCredentialsPage,
  type OperationPageDefinition as Definition,
  type PageNotice,
} from './page-definition.ts';

/** Only a recipe sending its call elsewhere needs it: loaded after the first screen. */
const LazyCallEndpointNotice = lazyComponent('where this call goes', () =>
  import('./call-endpoint-notice.tsx').then((m) => m.CallEndpointNotice),
).Component;

function RecipeEndpointNotice({ operation }: { operation: string }) {
  return useCallEndpointOverride(operation) ? (
    <LazyCallEndpointNotice operation={operation} />
  ) : null;
}

export interface OperationPageProps<N extends OperationName> {
  definition: Definition<N>;
}

/**
 * The one operation page: header, signer picker, form, submit and pending state, the wallet
 * entry, the failure panel and the result. Each operation gives only its fields and its result.
 */
export function OperationPage<N extends OperationName>({ definition }: OperationPageProps<N>) {
  const info = operationDefinition(definition.operation);
  return info.auth === 'sigv4' ? (
    <SignedPage definition={definition} info={info} />
  ) : (
    <PageBody definition={definition} info={info} />
  );
}

interface PartProps<N extends OperationName> {
  definition: Definition<N>;
  info: OperationDefinition<N>;
}

/** A signed operation: who signs, and whether that set may. */
function SignedPage<N extends OperationName>({ definition, info }: PartProps<N>) {
  const selectedId = useSelectedSignerId();
  const signer = useUsableSigner();
  const endpoint = useCallEndpoint(info.name);
  const block = signer ? signerBlock(info.name, signer) : undefined;
  // The picker offers the choice that lifts it; until then the call does not leave.
  const elsewhere = signer ? bindingRefusal(signer.label, signer.binding, endpoint) : undefined;
  const reason =
    selectedId === undefined
      ? 'Choose credentials to sign with, or add access keys, first.'
      : signer === undefined
        ? 'The chosen credentials have expired and cannot sign: choose another set.'
        : block
          ? `Blocked: session credentials cannot call ${info.name}.`
          : elsewhere
            ? 'Blocked: the chosen credentials came from another endpoint (see Sign with).'
            : undefined;
  return (
    <PageBody
      definition={definition}
      info={info}
      signerPicker={<SignerPicker operation={info.name} block={block} />}
      signerReason={reason}
    />
  );
}

/** Only signed operations show it, and the first screen's is unsigned: loaded after it. */
const SignerPicker = lazyComponent('the signer picker', () =>
  import('../signer/signer-picker.tsx').then((m) => m.SignerPicker),
).Component;

const noNotice = (): PageNotice | undefined => undefined;
const noValues: Readonly<Record<string, unknown>> = {};

interface PageBodyProps<N extends OperationName> extends PartProps<N> {
  signerPicker?: ReactNode;
  /** Why the signer keeps the call from leaving. */
  signerReason?: string | undefined;
}

function PageBody<N extends OperationName>({
  definition,
  info,
  signerPicker,
  signerReason,
}: PageBodyProps<N>) {
  const call = useOperationCall(info.name);
  const formRef = useRef<UseFormReturn | null>(null);
  const [entry, setEntry] = useState<WalletEntry | undefined>();
  const { mutate, reset } = call;
  const useNotice = definition.useNotice?.bind(definition) ?? noNotice;
  const notice = useNotice();
  // Stable: the form (and its fields) then skip the renders of the call's progress.
  const submit = useCallback(
    (values: OperationInput<N>) => {
      const input = definition.toInput ? definition.toInput(values) : values;
      if (input === undefined) return;
      const signer = info.auth === 'sigv4' ? currentSigner() : undefined;
      const formValues = { ...(formRef.current?.getValues() ?? values) };
      const renews = takeRenewal(info.name, input);
      markDraftSent(info.name, formValues);
      mutate(
        { input, signer, formValues },
        {
          onSuccess: (result) => {
            if (!isCredentialsPage(definition)) {
              definition.onSuccess?.(result);
              return;
            }
            const set = definition.describeSet(result);
            // The wallet and the card in one render, before the browser paints again.
            flushSync(() => {
              setEntry(
                recordCredentials({
                  operation: info.name,
                  input: { ...(set.params ?? input) },
                  secretKeys: info.secretMembers,
                  credentials: credentialsIn(result.output),
                  identity: set.identity,
                  label: set.label,
                  signer: result.signer,
                  call: result,
                  renews,
                }),
              );
            });
          },
        },
      );
    },
    [definition, info, mutate],
  );
  // A form refilled from outside (decode in place, Run again, a link) is a new question.
  useEffect(
    () =>
      onDraftReplaced((key) => {
        if (key === info.name) reset();
      }),
    [info.name, reset],
  );
  const { Fields, Checks } = definition;
  const renderFields = useCallback(() => <Fields />, [Fields]);
  const checks = useMemo(() => (Checks ? <Checks /> : null), [Checks]);
  return (
    <section className="operation" aria-labelledby="operation-title">
      <OperationHeader info={info} />
      <RecipeEndpointNotice operation={info.name} />
      {signerPicker}
      {notice?.notice ? (
        <div className="callout callout--warning" role="status">
          {notice.notice}
        </div>
      ) : null}
      <OperationForm
        schema={definition.formSchema ?? info.loadSchema}
        draftKey={info.name}
        defaultValues={info.initialValues}
        onSubmit={submit}
        submitLabel={info.submitLabel}
        pending={call.isPending}
        onCancel={call.cancel}
        blockedReason={notice?.block ?? signerReason}
        formRef={formRef}
        after={checks}
      >
        {renderFields}
      </OperationForm>
      {call.error ? (
        <CallFailure
          failure={call.error}
          sent={call.variables.formValues ?? noValues}
          formRef={formRef}
          context={{
            operation: info.name,
            roleArn: roleArnOf(call.variables.input),
            ...definition.adviceContext?.(call.variables.input),
          }}
        />
      ) : null}
      {call.isSuccess ? (
        <CallResult definition={definition} result={call.data} entry={entry} />
      ) : null}
    </section>
  );
}

function roleArnOf(input: object): string | undefined {
  const arn: unknown = Reflect.get(input, 'RoleArn');
  return typeof arn === 'string' ? arn : undefined;
}

interface CallResultProps<N extends OperationName> {
  definition: Definition<N>;
  result: CallSuccess<N>;
  entry: WalletEntry | undefined;
}

function CallResult<N extends OperationName>({ definition, result, entry }: CallResultProps<N>) {
  // Renewed since (Keep fresh), the set's card shows its new keys: the old ones are gone.
  const current = useWalletEntry(entry?.id) ?? entry;
  if (!isCredentialsPage(definition)) return definition.renderResult(result);
  if (!current) {
    return (
      <p className="callout callout--warning" role="alert">
        STS answered without complete credentials, so nothing was added to the wallet.
      </p>
    );
  }
  return (
    <CredentialsCard
      entry={current}
      heading={definition.heading}
      details={definition.details?.(result)}
    />
  );
}
