/** Test helpers: a sandbox on an ephemeral port and STS clients pointed at it. */
import { STSClient, STSServiceException } from '@aws-sdk/client-sts';
import { afterAll, beforeAll } from 'vitest';
import { startSandbox, type RunningSandbox } from '../src/server.ts';

export interface Creds {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The console origin the test sandboxes allow (for CORS and the control API). */
export const TEST_CONSOLE_ORIGIN = 'http://127.0.0.1:5173';

/**
 * One sandbox for the calling test file: started on a free port before its tests, closed after
 * them. The handle reads through to the running sandbox, so it can be captured at module level.
 */
export function useTestSandbox(): RunningSandbox {
  let running: RunningSandbox | undefined;
  beforeAll(async () => {
    running = await startSandbox({ port: 0, consoleOrigins: [TEST_CONSOLE_ORIGIN] });
  });
  afterAll(async () => {
    await running?.close();
    running = undefined;
  });
  const current = (): RunningSandbox => {
    if (running === undefined) throw new Error('the test sandbox runs only while tests run');
    return running;
  };
  return {
    get url() {
      return current().url;
    },
    get summary() {
      return current().summary;
    },
    close: () => current().close(),
  };
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
