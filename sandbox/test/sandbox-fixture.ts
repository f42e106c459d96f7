/** Test helpers: a sandbox on an ephemeral port and STS clients pointed at it. */
import { STSClient, STSServiceException } from '@aws-sdk/client-sts';
import { startSandbox, type RunningSandbox } from '../src/server.ts';

export interface Creds {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Starts a sandbox on port 0 with one console origin. */
export function startTestSandbox(): Promise<RunningSandbox> {
  return startSandbox({ port: 0, consoleOrigins: ['http://127.0.0.1:5173'] });
}

/** An STS client for the sandbox, signing with `creds` (or anonymous when omitted). */
export function stsClient(sandbox: RunningSandbox, creds?: Creds): STSClient {
  return new STSClient({
    endpoint: sandbox.url,
    region: 'us-east-1',
    maxAttempts: 1,
    credentials: creds ?? { accessKeyId: '', secretAccessKey: '' },
  });
}

/** The demo user's long-term keys. */
export function demoCreds(sandbox: RunningSandbox): Creds {
  return {
    accessKeyId: sandbox.summary.user.accessKeyId,
    secretAccessKey: sandbox.summary.user.secretAccessKey,
  };
}

/** Credentials out of an STS Credentials member. */
export function fromSts(
  c: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string } | undefined,
): Creds {
  if (
    c?.AccessKeyId === undefined ||
    c.SecretAccessKey === undefined ||
    c.SessionToken === undefined
  ) {
    throw new Error('no credentials in the response');
  }
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
  };
}

/** Calls a control endpoint. */
export async function control(
  sandbox: RunningSandbox,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${sandbox.url}/__sandbox/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response.json() as Promise<unknown>;
}

/** Runs a call expected to fail and returns the SDK's parsed error. */
export async function failure(promise: Promise<unknown>): Promise<STSServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof STSServiceException) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}
