import { STSClient, type STSClientConfig } from '@aws-sdk/client-sts';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import { serverClockOffset } from './clock-correction.ts';
import type { EndpointSettings } from './endpoint-settings.ts';
import { MAX_STS_BODY_BYTES, NotStsAnswerError, sniffStsBody } from './sts-body.ts';

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

/** The `Date` header of a raw HTTP response, if the middleware stack handed one back. */
function responseDate(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null || !('response' in result)) return undefined;
  const response: unknown = result.response;
  if (typeof response !== 'object' || response === null || !('headers' in response)) return;
  const headers: unknown = response.headers;
  if (typeof headers !== 'object' || headers === null || !('date' in headers)) return undefined;
  return typeof headers.date === 'string' ? headers.date : undefined;
}

interface RawResponse {
  statusCode: number;
  headers: Record<string, string | undefined>;
  body?: unknown;
}

function isRawResponse(value: unknown): value is RawResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    'statusCode' in value &&
    typeof value.statusCode === 'number' &&
    'headers' in value &&
    typeof value.headers === 'object' &&
    value.headers !== null
  );
}

function headerValue(headers: RawResponse['headers'], name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/**
 * Reads the raw answer before the SDK's XML parser does (its browser parser is DOMParser) and
 * throws a NotStsAnswerError for anything that is not STS XML: an HTML error page, JSON, a
 * body a browser would answer with a parser-error document. The body is put back as bytes.
 */
async function refuseNonStsBody(
  response: unknown,
  collect: (body: unknown) => Promise<Uint8Array>,
): Promise<void> {
  if (!isRawResponse(response)) return;
  const contentType = headerValue(response.headers, 'content-type');
  const bytes = response.body instanceof Uint8Array ? response.body : await collect(response.body);
  response.body = bytes;
  if (bytes.byteLength > MAX_STS_BODY_BYTES) {
    throw new NotStsAnswerError({
      httpStatus: response.statusCode,
      contentType: contentType ?? '',
      what: `a body of ${bytes.byteLength.toLocaleString('en-US')} bytes`,
      excerpt: '',
    });
  }
  const notSts = sniffStsBody(response.statusCode, contentType, new TextDecoder().decode(bytes));
  if (notSts !== undefined) throw new NotStsAnswerError(notSts);
}

/** An STS client that the SDK signs for (SigV4), or an anonymous one. */
export function createStsClient(options: StsClientOptions): STSClient {
  const client = new STSClient(stsClientConfig(options));
  // Low priority in the deserialize step: between the SDK's deserializer and the HTTP handler.
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      await refuseNonStsBody(result.response, (body) =>
        client.config.streamCollector(body as Parameters<typeof client.config.streamCollector>[0]),
      );
      return result;
    },
    { step: 'deserialize', name: 'stsConsoleRefuseNonStsBody', priority: 'low' },
  );
  if (!options.credentials) {
    // The SDK learns STS's clock only when it signs. Unsigned calls learn it here, from the answer's
    // Date header, so the credentials they return count down by STS's clock (CallResult.clockOffsetMs).
    client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        client.config.systemClockOffset = serverClockOffset(
          responseDate(result),
          client.config.systemClockOffset,
          Date.now(),
        );
        return result;
      },
      { step: 'deserialize', name: 'stsConsoleServerClock', priority: 'low' },
    );
  }
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
