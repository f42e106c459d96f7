import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import type { EndpointSettings } from './endpoint-settings.ts';
import type { OperationName, OperationOutput } from './operations.ts';

/** Where a call goes and who signs it. */
export interface CallContext {
  endpoint: EndpointSettings;
  /** The signer; ignored by the anonymous operations. */
  credentials?: AwsCredentials | undefined;
  signal?: AbortSignal | undefined;
}

/** What a call returned. */
export interface CallResult<N extends OperationName> {
  output: OperationOutput<N>;
  /** How far the SDK had to correct the local clock to match STS's (ms). */
  clockOffsetMs: number;
}
