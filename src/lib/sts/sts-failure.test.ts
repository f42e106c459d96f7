// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOperation } from './run-operation.ts';
import { toStsFailure } from './sts-failure.ts';
import {
  demoKeys,
  mintWebIdentityToken,
  sandboxEndpoint,
  setSandboxFault,
  startInProcessSandbox,
  type InProcessSandbox,
} from './testing/in-process-sandbox.ts';

let sandbox: InProcessSandbox;
beforeAll(async () => {
  sandbox = await startInProcessSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

/** What the SDK threw for a call, as it threw it. */
async function thrownBy(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('the call succeeded');
}

describe('toStsFailure of what the SDK throws for STS errors', () => {
  it('an AccessDenied: code, status, request ID and the encoded authorization message', async () => {
    const thrown = await thrownBy(
      runOperation(
        'AssumeRole',
        { RoleArn: sandbox.summary.roles.webIdentity, RoleSessionName: 'not-trusted' },
        { endpoint: sandboxEndpoint(sandbox), credentials: demoKeys(sandbox) },
      ),
    );
    const failure = toStsFailure(thrown);
    expect(failure).toMatchObject({ kind: 'sts', code: 'AccessDenied', httpStatus: 403 });
    expect(failure.message).toContain(
      `User: ${sandbox.summary.user.arn} is not authorized to perform: sts:AssumeRole`,
    );
    expect(failure.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const encoded = /Encoded authorization failure message: (\S+)$/.exec(failure.message)?.[1];
    expect(encoded).toBeDefined();
    expect(failure.encodedAuthorizationMessage).toBe(encoded);
  });

  it('an error the SDK models as its own class (ExpiredTokenException)', async () => {
    const expired = await mintWebIdentityToken(sandbox, 'late', -60);
    const thrown = await thrownBy(
      runOperation(
        'AssumeRoleWithWebIdentity',
        {
          RoleArn: sandbox.summary.roles.webIdentity,
          RoleSessionName: 'late',
          WebIdentityToken: expired,
        },
        { endpoint: sandboxEndpoint(sandbox) },
      ),
    );
    expect(thrown).toHaveProperty('name', 'ExpiredTokenException');
    expect(toStsFailure(thrown)).toMatchObject({
      kind: 'sts',
      code: 'ExpiredTokenException',
      httpStatus: 400,
      encodedAuthorizationMessage: undefined,
    });
  });

  it('a server fault (HTTP 500, after the SDK’s retries)', async () => {
    await setSandboxFault(sandbox, 'http500');
    try {
      const thrown = await thrownBy(
        runOperation(
          'GetCallerIdentity',
          {},
          { endpoint: sandboxEndpoint(sandbox), credentials: demoKeys(sandbox) },
        ),
      );
      expect(toStsFailure(thrown)).toMatchObject({
        kind: 'sts',
        code: 'InternalFailure',
        httpStatus: 500,
      });
    } finally {
      await setSandboxFault(sandbox, 'none');
    }
  });

  it('a cancelled call', async () => {
    const controller = new AbortController();
    controller.abort();
    const thrown = await thrownBy(
      runOperation(
        'GetCallerIdentity',
        {},
        {
          endpoint: sandboxEndpoint(sandbox),
          credentials: demoKeys(sandbox),
          signal: controller.signal,
        },
      ),
    );
    expect(toStsFailure(thrown)).toEqual({
      kind: 'aborted',
      code: 'Cancelled',
      message: 'You cancelled the request.',
    });
  });
});

describe('toStsFailure of what browsers and callers throw', () => {
  it.each([
    ['Chrome', 'Failed to fetch'],
    ['Firefox', 'NetworkError when attempting to fetch resource.'],
    ['Safari', 'Load failed'],
  ])('%s’s fetch failing with no answer is a network failure', (_browser, message) => {
    expect(toStsFailure(new TypeError(message))).toEqual({
      kind: 'network',
      code: 'NetworkError',
      message,
    });
  });

  it('a DOMException AbortError, as fetch throws it, is a cancellation', () => {
    expect(toStsFailure(new DOMException('The user aborted a request.', 'AbortError')).kind).toBe(
      'aborted',
    );
  });

  it('any other error keeps its name and message', () => {
    expect(toStsFailure(new RangeError('too long'))).toEqual({
      kind: 'client',
      code: 'RangeError',
      message: 'too long',
    });
    expect(toStsFailure(new TypeError('x is not a function')).kind).toBe('client');
  });

  it('something that is not an object never throws', () => {
    expect(toStsFailure('boom')).toEqual({ kind: 'client', code: 'UnknownError', message: 'boom' });
    expect(toStsFailure(undefined)).toEqual({
      kind: 'client',
      code: 'UnknownError',
      message: 'undefined',
    });
  });
});
