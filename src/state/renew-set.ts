import { err, ok, type Result } from '../lib/result.ts';
import { operationByName, operationDefinition, type OperationName } from '../lib/sts/operations.ts';
import { credentialsIn } from '../lib/wallet/from-sts-credentials.ts';
import { renewalInput } from '../lib/wallet/renewal-input.ts';
import { issuingEndpoint, renewalSource } from '../lib/wallet/renewal-source.ts';
import type { WalletEntry } from '../lib/wallet/wallet-store.ts';
import { callOperation, type CallOptions, type CallSuccess } from './call-operation.ts';
import { recordCredentials } from './record-credentials.ts';
import { wallet } from './wallet.ts';

/** Checks the repeated input against the operation's schema, then sends it. */
async function sendAgain<N extends OperationName>(
  name: N,
  values: Readonly<Record<string, unknown>>,
  options: CallOptions,
): Promise<Result<CallSuccess<N>>> {
  const schema = await operationDefinition(name).loadSchema();
  const parsed = schema.safeParse(values);
  if (!parsed.success) return err('its recorded inputs no longer pass the checks');
  return ok(await callOperation(name, parsed.data, options));
}

/**
 * Keep fresh's renewal of one set: the call that made it, sent again with the same inputs to the
 * endpoint that issued it, signed by its parent (or trading its token again, or `freshToken`, the
 * token a sign-in again just gave). The set keeps its id, name and place; the old keys are gone.
 * A failure is returned in words (STS's message); the old set is left as it was.
 */
export async function renewSet(id: string, freshToken?: string): Promise<Result<WalletEntry>> {
  const entry = wallet.getSnapshot().find((e) => e.id === id);
  if (entry === undefined) return err('the set is no longer in the wallet');
  const source = renewalSource(entry, wallet.getSnapshot(), Date.now());
  const info = operationByName(entry.source.operation);
  const values = renewalInput(entry);
  if (!source.ok) return source;
  if (info === undefined || values === undefined) return err('no call made it');
  if (freshToken !== undefined) values.WebIdentityToken = freshToken;
  else if (source.value.signIn) return err(`it needs a sign-in with ${source.value.signIn.name}`);
  let sent: Result<CallSuccess<OperationName>>;
  try {
    sent = await sendAgain(info.name, values, {
      endpoint: issuingEndpoint(entry),
      signer: source.value.signer,
    });
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
  if (!sent.ok) return sent;
  // Removed while the call was out: it does not come back.
  if (!wallet.getSnapshot().some((e) => e.id === id)) return err('the set was removed meanwhile');
  const renewed = recordCredentials({
    operation: info.name,
    input: values,
    secretKeys: info.secretMembers,
    credentials: credentialsIn(sent.value.output),
    identity: entry.identity,
    label: entry.label,
    signer: sent.value.signer,
    call: sent.value,
    renews: id,
  });
  return renewed === undefined ? err('STS answered without complete credentials') : ok(renewed);
}
