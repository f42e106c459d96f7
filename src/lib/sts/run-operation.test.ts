// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runOperation } from './run-operation.ts';
import { toStsFailure, type StsFailure } from './sts-failure.ts';
import {
  demoKeys,
  mintWebIdentityToken,
  sandboxEndpoint,
  setSandboxFault,
  startInProcessSandbox,
  takeSandboxStats,
  type InProcessSandbox,
} from './testing/in-process-sandbox.ts';

/** The sandbox's clock-skew fault runs its clock this far ahead. */
const SKEW_MS = 20 * 60 * 1000;

let sandbox: InProcessSandbox;
beforeAll(async () => {
  sandbox = await startInProcessSandbox();
});
afterAll(async () => {
  await sandbox.close();
});
afterEach(async () => {
  await setSandboxFault(sandbox, 'none');
  await takeSandboxStats(sandbox);
});

async function failureOf(call: Promise<unknown>): Promise<StsFailure> {
  try {
    await call;
  } catch (error) {
    return toStsFailure(error);
  }
  throw new Error('the call succeeded');
}

describe('runOperation against the sandbox, through the real SDK', () => {
  it('signs a call with the given credentials and returns STS’s output', async () => {
    const result = await runOperation(
      'GetCallerIdentity',
      {},
      { endpoint: sandboxEndpoint(sandbox), credentials: demoKeys(sandbox) },
    );
    expect(result.output).toMatchObject({
      Arn: sandbox.summary.user.arn,
      Account: sandbox.summary.accountId,
    });
    expect(Math.abs(result.clockOffsetMs)).toBeLessThan(60_000);
    expect((await takeSandboxStats(sandbox)).byAction).toEqual({ GetCallerIdentity: 1 });
  });

  it('the anonymous operations work whatever signer is chosen: they go out unsigned', async () => {
    const token = await mintWebIdentityToken(sandbox, 'alice');
    // Signed with these keys, STS would refuse the call (SignatureDoesNotMatch).
    const wrongSigner = { ...demoKeys(sandbox), secretAccessKey: 'x'.repeat(40) };
    const result = await runOperation(
      'AssumeRoleWithWebIdentity',
      {
        RoleArn: sandbox.summary.roles.webIdentity,
        RoleSessionName: 'alice',
        WebIdentityToken: token,
      },
      { endpoint: sandboxEndpoint(sandbox), credentials: wrongSigner },
    );
    expect(result.output.AssumedRoleUser?.Arn).toBe(
      `arn:aws:sts::${sandbox.summary.accountId}:assumed-role/WebIdentityDemo/alice`,
    );
    expect(result.output.Credentials?.AccessKeyId).toMatch(/^ASIA/);
  });

  it('a signed operation with no signer fails before anything is sent', async () => {
    const failure = await failureOf(
      runOperation('GetSessionToken', {}, { endpoint: sandboxEndpoint(sandbox) }),
    );
    expect(failure).toEqual({
      kind: 'client',
      code: 'Error',
      message: 'This operation needs credentials: pick a signer first.',
    });
    expect((await takeSandboxStats(sandbox)).requests).toBe(0);
  });

  it('rejects with STS’s error when STS refuses', async () => {
    const failure = await failureOf(
      runOperation(
        'GetCallerIdentity',
        {},
        {
          endpoint: sandboxEndpoint(sandbox),
          credentials: { ...demoKeys(sandbox), secretAccessKey: 'y'.repeat(40) },
        },
      ),
    );
    expect(failure).toMatchObject({
      kind: 'sts',
      code: 'SignatureDoesNotMatch',
      httpStatus: 403,
    });
  });

  it('retries an HTTP 500 twice (three attempts), then rejects with InternalFailure', async () => {
    await setSandboxFault(sandbox, 'http500');
    await takeSandboxStats(sandbox);
    const failure = await failureOf(
      runOperation(
        'GetCallerIdentity',
        {},
        { endpoint: sandboxEndpoint(sandbox), credentials: demoKeys(sandbox) },
      ),
    );
    expect(failure).toMatchObject({ kind: 'sts', code: 'InternalFailure', httpStatus: 500 });
    expect((await takeSandboxStats(sandbox)).requests).toBe(3);
  });

  it('a cancelled call rejects as aborted, without waiting for the answer', async () => {
    await setSandboxFault(sandbox, 'latency', { latencyMs: 10_000 });
    const controller = new AbortController();
    const started = Date.now();
    const call = runOperation(
      'GetCallerIdentity',
      {},
      {
        endpoint: sandboxEndpoint(sandbox),
        credentials: demoKeys(sandbox),
        signal: controller.signal,
      },
    );
    setTimeout(() => {
      controller.abort();
    }, 100);
    expect((await failureOf(call)).kind).toBe('aborted');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('runOperation under a 20-minute clock skew', () => {
  it('a signed call is corrected and sent again, also once the skew has gone', async () => {
    await setSandboxFault(sandbox, 'clock-skew');
    // Fresh credentials: no client has learned this skew yet.
    const keys = demoKeys(sandbox);
    const context = { endpoint: sandboxEndpoint(sandbox), credentials: keys };
    const result = await runOperation('GetCallerIdentity', {}, context);
    expect(result.output.Arn).toBe(sandbox.summary.user.arn);
    expect(Math.abs(result.clockOffsetMs - SKEW_MS)).toBeLessThan(5_000);
    expect((await takeSandboxStats(sandbox)).requests).toBe(2);

    // The same credentials reuse the corrected client: one request from now on.
    const again = await runOperation('GetCallerIdentity', {}, context);
    expect(Math.abs(again.clockOffsetMs - SKEW_MS)).toBeLessThan(5_000);
    expect((await takeSandboxStats(sandbox)).requests).toBe(1);

    // The skew is gone: the client's learned offset now spoils the signature once; the SDK
    // corrects it back but does not retry a small correction, so runOperation sends again.
    await setSandboxFault(sandbox, 'none');
    const righted = await runOperation('GetCallerIdentity', {}, context);
    expect(righted.output.Arn).toBe(sandbox.summary.user.arn);
    expect(Math.abs(righted.clockOffsetMs)).toBeLessThan(5_000);
    expect((await takeSandboxStats(sandbox)).requests).toBe(2);
  });

  it('an unsigned call learns STS’s clock from the answer’s Date header', async () => {
    await setSandboxFault(sandbox, 'clock-skew');
    const result = await runOperation(
      'AssumeRoleWithWebIdentity',
      {
        RoleArn: sandbox.summary.roles.webIdentity,
        RoleSessionName: 'skewed',
        WebIdentityToken: await mintWebIdentityToken(sandbox, 'skewed'),
      },
      { endpoint: sandboxEndpoint(sandbox) },
    );
    expect(result.output.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(Math.abs(result.clockOffsetMs - SKEW_MS)).toBeLessThan(5_000);
    expect((await takeSandboxStats(sandbox)).requests).toBe(1);
  });
});
