import type { AwsCredentials } from './aws-credentials.ts';
import { withoutBlankSessionToken } from './session-token.ts';

/** The Credentials member of an STS response, as the SDK parses it. */
export interface StsCredentialsOutput {
  AccessKeyId?: string | undefined;
  SecretAccessKey?: string | undefined;
  SessionToken?: string | undefined;
  Expiration?: Date | undefined;
}

/** Pure: STS's Credentials member → the console's credential set (a blank token is none); undefined if incomplete. */
export function fromStsCredentials(
  output: StsCredentialsOutput | undefined,
): AwsCredentials | undefined {
  if (!output?.AccessKeyId || !output.SecretAccessKey) return undefined;
  return withoutBlankSessionToken({
    accessKeyId: output.AccessKeyId,
    secretAccessKey: output.SecretAccessKey,
    sessionToken: output.SessionToken,
    expiration: output.Expiration,
  });
}

/** Only the non-secret members of an input, for a wallet entry's source. */
export function nonSecretParams(
  input: Readonly<Record<string, unknown>>,
  secretKeys: readonly string[],
): Record<string, string | number | boolean> {
  const params: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(input)) {
    if (secretKeys.includes(key)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      params[key] = value;
    } else if (Array.isArray(value) && value.length > 0) {
      params[key] = JSON.stringify(value);
    }
  }
  return params;
}

/** Pure: the Credentials member of any STS output, if it has one of the SDK's shape. */
export function credentialsIn(output: object): StsCredentialsOutput | undefined {
  const value: unknown = Reflect.get(output, 'Credentials');
  if (typeof value !== 'object' || value === null) return undefined;
  const text = (key: string) => {
    const member: unknown = Reflect.get(value, key);
    return typeof member === 'string' ? member : undefined;
  };
  const expiration: unknown = Reflect.get(value, 'Expiration');
  return {
    AccessKeyId: text('AccessKeyId'),
    SecretAccessKey: text('SecretAccessKey'),
    SessionToken: text('SessionToken'),
    Expiration: expiration instanceof Date ? expiration : undefined,
  };
}
