import { STSClient, type STSClientConfig } from '@aws-sdk/client-sts';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import type { EndpointSettings } from './endpoint-settings.ts';

/** Headers the SDK adds that a browser cannot send in a CORS "simple request". */
const NON_SIMPLE_HEADERS = ['amz-sdk-invocation-id', 'amz-sdk-request', 'x-amz-user-agent'];

export interface StsClientOptions {
  endpoint: EndpointSettings;
  /** Absent for the anonymous operations (web identity, SAML). */
  credentials?: AwsCredentials | undefined;
  /**
   * Drop the SDK's optional custom headers so the browser sends no CORS preflight:
   * one round trip. Only for unsigned requests (signed headers must stay).
   */
  simpleRequest?: boolean;
}

/** Pure: the SDK client configuration for these settings. */
export function stsClientConfig(options: StsClientOptions): STSClientConfig {
  const { endpoint, credentials } = options;
  const config: STSClientConfig = { region: endpoint.region, maxAttempts: 3 };
  if (endpoint.kind === 'aws') {
    config.useFipsEndpoint = endpoint.useFips;
    config.useDualstackEndpoint = endpoint.useDualStack;
    config.useGlobalEndpoint = endpoint.useGlobalEndpoint;
  } else {
    config.endpoint = endpoint.url;
  }
  if (credentials) {
    config.credentials = {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      sessionToken: credentials.sessionToken,
      expiration: credentials.expiration,
    };
  } else {
    config.credentials = () =>
      Promise.reject(new Error('This operation needs credentials: pick a signer first.'));
  }
  return config;
}

/** An STS client that the SDK signs for (SigV4), or an anonymous one. */
export function createStsClient(options: StsClientOptions): STSClient {
  const client = new STSClient(stsClientConfig(options));
  if (options.simpleRequest && !options.credentials) {
    client.middlewareStack.add(
      (next) => (args) => {
        const request = args.request as { headers?: Record<string, string> } | undefined;
        if (request?.headers) {
          request.headers = Object.fromEntries(
            Object.entries(request.headers).filter(
              ([key]) => !NON_SIMPLE_HEADERS.includes(key.toLowerCase()),
            ),
          );
        }
        return next(args);
      },
      { step: 'deserialize', name: 'stsConsoleSimpleCorsRequest', priority: 'low' },
    );
  }
  return client;
}
