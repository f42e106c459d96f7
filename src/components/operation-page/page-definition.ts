import type { ComponentType, ReactNode } from 'react';
import type { AdviceContext } from '../../lib/sts/failure-advice.ts';
import type { OperationInput, OperationName } from '../../lib/sts/operations.ts';
import type { WalletIdentity } from '../../lib/wallet/wallet-store.ts';
import type { CallSuccess } from '../../state/call-operation.ts';
import type { SchemaSource } from '../form/lazy-zod-resolver.ts';

/** Rows of a result card: a label and what the response said. */
export type DetailRows = readonly (readonly [string, ReactNode])[];

/** What a page shows above its form, and whether it keeps the call from leaving. */
export interface PageNotice {
  /** Shown as a warning above the form. */
  notice?: ReactNode;
  /** Keeps the submit button disabled, with this reason beside it. */
  block?: string | undefined;
}

interface PageParts<N extends OperationName> {
  operation: N;
  /**
   * The form's fields. Rendered once per form: a field that depends on other values, the signer
   * or the endpoint subscribes to it itself, so a keystroke re-renders that field only.
   */
  Fields: ComponentType;
  /**
   * Under the submit button: a check of the request about to be sent (a trust policy), so it
   * does not push the button down. Rendered once per form, like the fields.
   */
  Checks?: ComponentType;
  /** The form's own schema, when it checks more than the SDK input (defaults to the registry's). */
  formSchema?: SchemaSource<OperationInput<N>>;
  /** The form's valid values → the SDK input; undefined keeps the call from leaving. */
  toInput?(values: OperationInput<N>): OperationInput<N> | undefined;
  /** A hook: what the page says above the form (e.g. an endpoint this operation cannot use). */
  useNotice?(): PageNotice | undefined;
  /** What the failure advice may know of the sent input. */
  adviceContext?(input: OperationInput<N>): Partial<AdviceContext>;
}

/** The new wallet set a credentials result becomes. */
export interface WalletSetDescription {
  label: string;
  identity?: WalletIdentity | undefined;
  /** The input as the wallet records it for Run again, when it differs from what was sent. */
  params?: Readonly<Record<string, unknown>>;
}

/** A page whose operation returns credentials: the generic page records them in the wallet. */
export interface CredentialsPageDefinition<N extends OperationName> extends PageParts<N> {
  heading: string;
  describeSet(result: CallSuccess<N>): WalletSetDescription;
  /** What else the response said, below the credentials. */
  details?(result: CallSuccess<N>): DetailRows;
}

/** A page whose operation returns something to look at (an identity, a message, a token). */
export interface ViewPageDefinition<N extends OperationName> extends PageParts<N> {
  renderResult(result: CallSuccess<N>): ReactNode;
  onSuccess?(result: CallSuccess<N>): void;
}

/**
 * What an operation's folder gives the generic page: its fields and its result. Members are
 * methods so that any operation's definition is also an `OperationPageDefinition` of the union,
 * which is what routes hold.
 */
export type OperationPageDefinition<N extends OperationName> =
  CredentialsPageDefinition<N> | ViewPageDefinition<N>;

/** True for the pages whose results go into the wallet. */
export function isCredentialsPage<N extends OperationName>(
  definition: OperationPageDefinition<N>,
): definition is CredentialsPageDefinition<N> {
  return 'describeSet' in definition;
}
