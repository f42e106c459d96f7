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
import type { EndpointSettings } from './endpoint-settings.ts';
import { operationInfo } from './operations.ts';
import { resolveEndpoint, type ResolvedEndpoint } from './resolve-endpoint.ts';
import type { CallContext, CallResult, OperationOutputs } from './run-operation.ts';
import type { OperationInputs, OperationName } from './schemas.ts';

/*
 * The half of lib/sts that runs the AWS SDK. It is its own chunk, loaded through
 * loadStsSdk() right after the first screen is up: the form renders without waiting for the
 * SDK, and the SDK is there by the time the user has pasted a token.
 */

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

/** Sends one STS operation through the SDK; anonymous operations go out as simple requests. */
export async function sendOperation<N extends OperationName>(
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
    // Only a signature can fail for a skewed clock: an unsigned call is not tried again.
    if (
      anonymous ||
      context.signal?.aborted ||
      !clockCorrectionNeedsRetry(offsetBefore, client.config.systemClockOffset)
    ) {
      throw error;
    }
    const output = await sender(client, input, context.signal);
    return { output, clockOffsetMs: client.config.systemClockOffset };
  }
}

/** The URL the SDK's endpoint rules give for these settings. */
export function sdkEndpoint(settings: EndpointSettings): ResolvedEndpoint {
  return resolveEndpoint(settings);
}
