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
  type AssumeRoleCommandOutput,
  type AssumeRoleWithSAMLCommandOutput,
  type AssumeRoleWithWebIdentityCommandOutput,
  type AssumeRootCommandOutput,
  type DecodeAuthorizationMessageCommandOutput,
  type GetAccessKeyInfoCommandOutput,
  type GetCallerIdentityCommandOutput,
  type GetDelegatedAccessTokenCommandOutput,
  type GetFederationTokenCommandOutput,
  type GetSessionTokenCommandOutput,
  type GetWebIdentityTokenCommandOutput,
  type STSClient,
} from '@aws-sdk/client-sts';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import { createStsClient } from './create-sts-client.ts';
import type { EndpointSettings } from './endpoint-settings.ts';
import { operationInfo } from './operations.ts';
import type { OperationInputs, OperationName } from './schemas.ts';

export interface OperationOutputs {
  AssumeRole: AssumeRoleCommandOutput;
  AssumeRoleWithWebIdentity: AssumeRoleWithWebIdentityCommandOutput;
  AssumeRoleWithSAML: AssumeRoleWithSAMLCommandOutput;
  AssumeRoot: AssumeRootCommandOutput;
  GetSessionToken: GetSessionTokenCommandOutput;
  GetFederationToken: GetFederationTokenCommandOutput;
  GetCallerIdentity: GetCallerIdentityCommandOutput;
  GetAccessKeyInfo: GetAccessKeyInfoCommandOutput;
  DecodeAuthorizationMessage: DecodeAuthorizationMessageCommandOutput;
  GetWebIdentityToken: GetWebIdentityTokenCommandOutput;
  GetDelegatedAccessToken: GetDelegatedAccessTokenCommandOutput;
}

type Sender = {
  [N in OperationName]: (
    client: STSClient,
    input: OperationInputs[N],
    signal: AbortSignal | undefined,
  ) => Promise<OperationOutputs[N]>;
};

const send: Sender = {
  AssumeRole: (c, i, abortSignal) => c.send(new AssumeRoleCommand(i), { abortSignal }),
  AssumeRoleWithWebIdentity: (c, i, abortSignal) =>
    c.send(new AssumeRoleWithWebIdentityCommand(i), { abortSignal }),
  AssumeRoleWithSAML: (c, i, abortSignal) =>
    c.send(new AssumeRoleWithSAMLCommand(i), { abortSignal }),
  AssumeRoot: (c, i, abortSignal) => c.send(new AssumeRootCommand(i), { abortSignal }),
  GetSessionToken: (c, i, abortSignal) => c.send(new GetSessionTokenCommand(i), { abortSignal }),
  GetFederationToken: (c, i, abortSignal) =>
    c.send(new GetFederationTokenCommand(i), { abortSignal }),
  GetCallerIdentity: (c, i, abortSignal) =>
    c.send(new GetCallerIdentityCommand(i), { abortSignal }),
  GetAccessKeyInfo: (c, i, abortSignal) => c.send(new GetAccessKeyInfoCommand(i), { abortSignal }),
  DecodeAuthorizationMessage: (c, i, abortSignal) =>
    c.send(new DecodeAuthorizationMessageCommand(i), { abortSignal }),
  GetWebIdentityToken: (c, i, abortSignal) =>
    c.send(new GetWebIdentityTokenCommand(i), { abortSignal }),
  GetDelegatedAccessToken: (c, i, abortSignal) =>
    c.send(new GetDelegatedAccessTokenCommand(i), { abortSignal }),
};

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

export interface CallContext {
  endpoint: EndpointSettings;
  /** The signer; ignored by the anonymous operations. */
  credentials?: AwsCredentials | undefined;
  signal?: AbortSignal | undefined;
}

export interface CallResult<N extends OperationName> {
  output: OperationOutputs[N];
  /** How far the SDK had to correct the local clock to match STS's (ms). */
  clockOffsetMs: number;
}

/** Sends one STS operation through the SDK; anonymous operations go out as simple requests. */
export async function runOperation<N extends OperationName>(
  name: N,
  input: OperationInputs[N],
  context: CallContext,
): Promise<CallResult<N>> {
  const anonymous = operationInfo[name].auth === 'anonymous';
  const client = cachedClient(context.endpoint, anonymous ? undefined : context.credentials);
  const sender: Sender[N] = send[name];
  const offsetBefore = client.config.systemClockOffset;
  try {
    const output = await sender(client, input, context.signal);
    return { output, clockOffsetMs: client.config.systemClockOffset };
  } catch (error) {
    if (
      context.signal?.aborted ||
      !clockCorrectionNeedsRetry(offsetBefore, client.config.systemClockOffset)
    ) {
      throw error;
    }
    const output = await sender(client, input, context.signal);
    return { output, clockOffsetMs: client.config.systemClockOffset };
  }
}

/** The SDK's own threshold for a clock correction worth retrying (ms). */
const CLOCK_CORRECTION_MS = 240_000;

/**
 * Pure: whether a failed call deserves one more try because the SDK corrected the clock of a reused
 * client during it. The SDK retries only when the new offset is large, so a client that learned a
 * skew which has since gone (the clock was set right) would fail once with SignatureDoesNotMatch.
 */
export function clockCorrectionNeedsRetry(offsetBeforeMs: number, offsetAfterMs: number): boolean {
  return Math.abs(offsetAfterMs - offsetBeforeMs) >= CLOCK_CORRECTION_MS;
}
