import { GetCallerIdentityCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { DOMParser } from '@xmldom/xmldom';
import { afterEach, describe, expect, it } from 'vitest';
import {
  control,
  demoCreds,
  stsClient,
  TEST_CONSOLE_ORIGIN,
  useTestSandbox,
} from './sandbox-fixture.ts';

const sandbox = useTestSandbox();
afterEach(async () => {
  await control(sandbox, 'faults', { mode: 'none' });
});

const ORIGIN = TEST_CONSOLE_ORIGIN;
const form = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${sandbox.url}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...headers },
    body,
  });

async function sdkError(client: STSClient): Promise<STSServiceException> {
  try {
    await client.send(new GetCallerIdentityCommand({}));
  } catch (error) {
    if (error instanceof STSServiceException) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

describe('wire format', () => {
  it('answers a preflight with every SDK header, no credentials mode, and a cache lifetime', async () => {
    const r = await fetch(`${sandbox.url}/`, {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers':
          'amz-sdk-invocation-id,amz-sdk-request,authorization,content-type,x-amz-content-sha256,x-amz-date,x-amz-security-token,x-amz-user-agent',
      },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(r.headers.get('access-control-allow-credentials')).toBeNull();
    expect(r.headers.get('access-control-allow-methods')).toContain('POST');
    for (const h of [
      'authorization',
      'x-amz-date',
      'x-amz-security-token',
      'x-amz-user-agent',
      'amz-sdk-invocation-id',
      'amz-sdk-request',
    ]) {
      expect(r.headers.get('access-control-allow-headers')).toContain(h);
    }
    expect(Number(r.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect((await control(sandbox, 'stats')) as { preflights: number }).toMatchObject({
      preflights: 1,
    });
  });

  it('writes XML errors with STS headers, CORS and namespaces', async () => {
    const r = await form('Action=NoSuchAction&Version=2011-06-15');
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toBe('text/xml');
    expect(r.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(r.headers.get('access-control-expose-headers')).toMatch(/x-amzn-RequestId.*Date/);
    const doc = new DOMParser().parseFromString(await r.text(), 'text/xml');
    expect(doc.documentElement?.getAttribute('xmlns')).toBe(
      'http://webservices.amazon.com/AWSFault/2005-15-09',
    );
    expect(doc.getElementsByTagName('Code')[0]?.textContent).toBe('InvalidAction');
    expect(doc.getElementsByTagName('Message')[0]?.textContent).toBe(
      'Could not find operation NoSuchAction for version 2011-06-15',
    );
    expect(await (await form('Action=GetCallerIdentity')).text()).toContain(
      'for version NO_VERSION_SPECIFIED',
    );
    const redirect = await fetch(`${sandbox.url}/`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Version=2011-06-15',
    });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('https://aws.amazon.com/iam');
  });

  it('accepts a GET with the query string signed, as STS does', async () => {
    const url = new URL(sandbox.url);
    const signer = new SignatureV4({
      service: 'sts',
      region: 'us-east-1',
      sha256: Sha256,
      credentials: demoCreds(sandbox),
    });
    const signed = await signer.sign(
      new HttpRequest({
        method: 'GET',
        protocol: 'http:',
        hostname: url.hostname,
        port: Number(url.port),
        path: '/',
        query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
        headers: { host: url.host },
      }),
    );
    const r = await fetch(`${sandbox.url}/?Action=GetCallerIdentity&Version=2011-06-15`, {
      headers: signed.headers,
    });
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('<Arn>arn:aws:iam::111122223333:user/demo</Arn>');
    const stats = (await control(sandbox, 'stats')) as {
      byAction: Record<string, number>;
      handlingMs: number[];
    };
    expect(stats.byAction.GetCallerIdentity).toBeGreaterThanOrEqual(1);
    expect(stats.handlingMs.length).toBeGreaterThan(0);
  });

  it('refuses more than 1,000 parameters with a ValidationError, even in an unsigned 900 KB body', async () => {
    const items = Array.from(
      { length: 16_000 },
      (_, i) => `PolicyArns.member.${i + 1}.arn=arn:aws:iam::aws:policy/P${i}`,
    );
    const body = `Action=AssumeRoleWithWebIdentity&Version=2011-06-15&${items.join('&')}`;
    // Under the 1 MiB body limit, so it is the parameter cap that answers.
    expect(body.length).toBeGreaterThan(900_000);
    expect(body.length).toBeLessThan(1024 * 1024);
    const r = await form(body);
    expect(r.status).toBe(400);
    const xml = await r.text();
    expect(xml).toContain('<Code>ValidationError</Code>');
    expect(xml).toContain('at most 1000 are accepted');
  });
});

describe('faults', () => {
  it.each([
    ['http500', 'InternalFailure', 500],
    ['http503', 'ServiceUnavailable', 503],
    ['throttle', 'Throttling', 400],
  ])('%s gives %s (%i) once, then STS answers normally', async (mode, name, status) => {
    await control(sandbox, 'faults', { mode, count: 1 });
    const client = stsClient(sandbox, demoCreds(sandbox));
    expect(await sdkError(client)).toMatchObject({ name, $metadata: { httpStatusCode: status } });
    expect((await client.send(new GetCallerIdentityCommand({}))).Account).toBe('111122223333');
  });

  it('throttle answers "Rate exceeded" as STS does', async () => {
    await control(sandbox, 'faults', { mode: 'throttle', count: 1 });
    expect(await (await form('Action=GetCallerIdentity&Version=2011-06-15')).text()).toMatch(
      /<Code>Throttling<\/Code>\s*<Message>Rate exceeded<\/Message>/,
    );
  });

  it('reset destroys the connection', async () => {
    await control(sandbox, 'faults', { mode: 'reset', count: 1 });
    await expect(form('Action=GetCallerIdentity&Version=2011-06-15')).rejects.toThrow();
  });

  it('no-cors drops every CORS header from a normal answer', async () => {
    await control(sandbox, 'faults', { mode: 'no-cors', count: 1 });
    const r = await form('Action=GetCallerIdentity&Version=2011-06-15');
    expect(r.status).toBe(403);
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('latency delays and then answers normally', async () => {
    await control(sandbox, 'faults', { mode: 'latency', latencyMs: 50, count: 1 });
    expect((await form('Action=NoSuchAction&Version=2011-06-15')).status).toBe(400);
  });

  it('clock-skew fails the first signature as STS does and the SDK corrects its clock from Date', async () => {
    await control(sandbox, 'faults', { mode: 'clock-skew' });
    const strict = stsClient(sandbox, demoCreds(sandbox));
    const skewed = await sdkError(strict);
    expect(skewed).toMatchObject({
      name: 'SignatureDoesNotMatch',
      $metadata: { httpStatusCode: 403 },
    });
    expect(skewed.message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than/);
    const retrying = new STSClient({
      endpoint: sandbox.url,
      region: 'us-east-1',
      credentials: demoCreds(sandbox),
      maxAttempts: 3,
    });
    const r = await retrying.send(new GetCallerIdentityCommand({}));
    expect(r.Account).toBe('111122223333');
    expect(r.$metadata.attempts).toBe(2);
  });

  it('refuses an unknown fault mode', async () => {
    expect(await control(sandbox, 'faults', { mode: 'meteor' })).toMatchObject({
      error: expect.stringMatching(/^mode must be one of/) as string,
    });
  });
});
