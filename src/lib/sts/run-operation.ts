import type {
  AssumeRoleCommandOutput,
  AssumeRoleWithSAMLCommandOutput,
  AssumeRoleWithWebIdentityCommandOutput,
  AssumeRootCommandOutput,
  DecodeAuthorizationMessageCommandOutput,
  GetAccessKeyInfoCommandOutput,
  GetCallerIdentityCommandOutput,
  GetDelegatedAccessTokenCommandOutput,
  GetFederationTokenCommandOutput,
  GetSessionTokenCommandOutput,
  GetWebIdentityTokenCommandOutput,
} from '@aws-sdk/client-sts';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import type { EndpointSettings } from './endpoint-settings.ts';
import { loadedStsSdk, loadStsSdk } from './load-sts-sdk.ts';
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

/**
 * Sends one STS operation through the SDK (loading its chunk first if it is not there yet);
 * anonymous operations go out as simple requests.
 */
export async function runOperation<N extends OperationName>(
  name: N,
  input: OperationInputs[N],
  context: CallContext,
): Promise<CallResult<N>> {
  const sdk = loadedStsSdk() ?? (await loadStsSdk());
  return sdk.sendOperation(name, input, context);
}
