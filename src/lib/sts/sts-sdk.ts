import {
  AssumeRoleCommand,
  AssumeRoleWithSAMLCommand,
  AssumeRoleWithWebIdentityCommand,
  AssumeRootCommand,
  DecodeAuthorizationMessageCommand,
  GetAccessKeyInfoCommand,
  GetCallerIdentityCommand,
  GetDelegatedAccessTokenCommand,
  GetFederationTokenCommand,
  GetSessionTokenCommand,
  GetWebIdentityTokenCommand,
  type STSClient,
} from '@aws-sdk/client-sts';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import { clockCorrectionNeedsRetry } from './clock-correction.ts';
import { createStsClient } from './create-sts-client.ts';
import { checkOutput } from './output-checks.ts';
import { OutOfSpecAnswerError } from './output-problems.ts';
import type { EndpointSettings, ResolvedEndpoint } from './endpoint-settings.ts';
import {
  operations,
  type OperationInput,
  type OperationName,
  type OperationOutput,
} from './operations.ts';
import { resolveEndpoint } from './resolve-endpoint.ts';
import type { CallContext, CallResult } from './call-types.ts';

/*
 * The half of lib/sts that runs the AWS SDK. It is its own chunk, loaded through
 * loadStsSdk() right after the first screen is up: the form renders without waiting for the
 * SDK, and the SDK is there by the time the user has pasted a token.
 */

/** The SDK's command class of each operation, by the name the registry gives it. */
const commands = {
  AssumeRoleCommand,
  AssumeRoleWithSAMLCommand,
  AssumeRoleWithWebIdentityCommand,
  AssumeRootCommand,
  DecodeAuthorizationMessageCommand,
  GetAccessKeyInfoCommand,
  GetCallerIdentityCommand,
  GetDelegatedAccessTokenCommand,
  GetFederationTokenCommand,
  GetSessionTokenCommand,
  GetWebIdentityTokenCommand,
} satisfies { [N in OperationName as `${N}Command`]: unknown };

/** The client's send for one operation, typed by the registry's input and output types. */
type Send<N extends OperationName> = (
  client: STSClient,
  input: OperationInput<N>,
  signal: AbortSignal | undefined,
) => Promise<OperationOutput<N>>;

function sender<N extends OperationName>(name: N): Send<N> {
  // One cast where the registry's name meets the SDK's class: `satisfies` above checks that
  // every operation has its command, and the registry's `command` is checked against the SDK.
  const Command = commands[operations[name].command] as unknown as new (
    input: OperationInput<N>,
  ) => Parameters<STSClient['send']>[0];
  return (client, input, abortSignal) => client.send(new Command(input), { abortSignal });
}

/**
 * Clients are reused per credential set and endpoint: building one costs milliseconds per call,
 * and a reused client keeps the clock-skew correction it learned. Held weakly by the credentials,
 * so a removed wallet set takes its clients with it; anonymous clients are one per endpoint.
 */
const signedClients = new WeakMap<AwsCredentials, Map<string, STSClient>>();
const anonymousClients = new Map<string, STSClient>();

function cachedClient(
  endpoint: EndpointSettings,
  credentials: AwsCredentials | undefined,
): STSClient {
  const key = JSON.stringify(endpoint);
  const cache = credentials
    ? (signedClients.get(credentials) ?? new Map<string, STSClient>())
    : anonymousClients;
  if (credentials && !signedClients.has(credentials)) signedClients.set(credentials, cache);
  let client = cache.get(key);
  if (!client) {
    client = createStsClient({ endpoint, credentials, simpleRequest: !credentials });
    cache.set(key, client);
  }
  return client;
}

/** Travels with the SDK: nothing before the first answer needs it. */
export { clockOffsetNotice } from './clock-offset-notice.ts';

/**
 * Throws OutOfSpecAnswerError for an answer outside STS's model. The checks travel with the
 * SDK: nothing before the first answer needs them.
 */
export function assertAnswerInSpec(name: OperationName, output: unknown, issuedAt: Date): void {
  const checked = checkOutput(name, output, { issuedAt });
  if (!checked.ok) throw new OutOfSpecAnswerError(checked.problems);
}

/** Sends one STS operation through the SDK; anonymous operations go out as simple requests. */
export async function sendOperation<N extends OperationName>(
  name: N,
  input: OperationInput<N>,
  context: CallContext,
): Promise<CallResult<N>> {
  const anonymous = operations[name].auth === 'anonymous';
  const client = cachedClient(context.endpoint, anonymous ? undefined : context.credentials);
  const send = sender(name);
  const offsetBefore = client.config.systemClockOffset;
  try {
    const output = await send(client, input, context.signal);
    return { output, clockOffsetMs: client.config.systemClockOffset };
  } catch (error) {
    // Only a signature can fail for a skewed clock: an unsigned call is not tried again.
    if (
      anonymous ||
      context.signal?.aborted ||
      !clockCorrectionNeedsRetry(offsetBefore, client.config.systemClockOffset)
    ) {
      throw error;
    }
    const output = await send(client, input, context.signal);
    return { output, clockOffsetMs: client.config.systemClockOffset };
  }
}

/** The URL the SDK's endpoint rules give for these settings. */
export function sdkEndpoint(settings: EndpointSettings): ResolvedEndpoint {
  return resolveEndpoint(settings);
}
