import {
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  type STSClient,
} from '@aws-sdk/client-sts';
import { HttpResponse, type HttpRequest } from '@smithy/protocol-http';
import { describe, expect, it } from 'vitest';
import { createStsClient, stsClientConfig } from './create-sts-client.ts';
import type { EndpointSettings } from './endpoint-settings.ts';

const SANDBOX: EndpointSettings = {
  kind: 'sandbox',
  url: 'http://127.0.0.1:5274',
  region: 'us-east-1',
};
const KEYS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const aws = (over: Partial<Extract<EndpointSettings, { kind: 'aws' }>> = {}): EndpointSettings => ({
  kind: 'aws',
  region: 'us-east-1',
  useGlobalEndpoint: false,
  useFips: false,
  useDualStack: false,
  ...over,
});

const CALLER_XML = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
<GetCallerIdentityResult><Arn>arn:aws:iam::111122223333:user/demo</Arn><UserId>AIDAEXAMPLE</UserId><Account>111122223333</Account></GetCallerIdentityResult>
<ResponseMetadata><RequestId>11111111-2222-3333-4444-555555555555</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;

const WEB_IDENTITY_XML = `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
<AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId><SecretAccessKey>secret</SecretAccessKey><SessionToken>token</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleWithWebIdentityResult>
<ResponseMetadata><RequestId>11111111-2222-3333-4444-555555555555</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`;

const WEB_IDENTITY_INPUT = {
  RoleArn: 'arn:aws:iam::111122223333:role/WebIdentityDemo',
  RoleSessionName: 'alice',
  WebIdentityToken: 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln',
};

/**
 * Puts a stub in place of the SDK's HTTP handler: everything above it (endpoint rules, signing,
 * retries, our middleware, parsing) is the SDK's own. Returns the requests it was handed.
 */
function answerWith(client: STSClient, xml: string, date = new Date()): HttpRequest[] {
  const sent: HttpRequest[] = [];
  client.config.requestHandler = {
    handle: (request: HttpRequest) => {
      sent.push(request);
      return Promise.resolve({
        response: new HttpResponse({
          statusCode: 200,
          headers: { 'content-type': 'text/xml', date: date.toUTCString() },
          body: new TextEncoder().encode(xml),
        }),
      });
    },
  };
  return sent;
}

function header(request: HttpRequest | undefined, name: string): string | undefined {
  const entry = Object.entries(request?.headers ?? {}).find(([k]) => k.toLowerCase() === name);
  return entry?.[1];
}

describe('stsClientConfig', () => {
  it('passes the AWS endpoint switches to the SDK and tries three times', () => {
    const config = stsClientConfig({
      endpoint: aws({ region: 'eu-west-1', useFips: true, useDualStack: true }),
    });
    expect(config).toMatchObject({
      region: 'eu-west-1',
      maxAttempts: 3,
      useFipsEndpoint: true,
      useDualstackEndpoint: true,
      useGlobalEndpoint: false,
    });
    expect(config.endpoint).toBeUndefined();
  });

  it('points sandbox and custom endpoints at their URL, with no AWS switches', () => {
    const config = stsClientConfig({ endpoint: SANDBOX });
    expect(config.endpoint).toBe('http://127.0.0.1:5274');
    expect(config).not.toHaveProperty('useFipsEndpoint');
  });

  it('without a signer, asking for credentials fails with what to do', async () => {
    const { credentials } = stsClientConfig({ endpoint: SANDBOX });
    expect(typeof credentials).toBe('function');
    if (typeof credentials !== 'function') return;
    await expect(credentials()).rejects.toThrow(
      'This operation needs credentials: pick a signer first.',
    );
  });
});

describe('createStsClient, through the SDK', () => {
  it('signs with SigV4 for the endpoint’s region, with the session token when there is one', async () => {
    const client = createStsClient({
      endpoint: SANDBOX,
      credentials: { ...KEYS, sessionToken: 'session-token-example' },
    });
    const sent = answerWith(client, CALLER_XML);
    const output = await client.send(new GetCallerIdentityCommand({}));
    expect(output.Arn).toBe('arn:aws:iam::111122223333:user/demo');
    expect(sent).toHaveLength(1);
    expect(`${sent[0]?.protocol ?? ''}//${sent[0]?.hostname ?? ''}:${String(sent[0]?.port)}`).toBe(
      'http://127.0.0.1:5274',
    );
    expect(header(sent[0], 'authorization')).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/sts\/aws4_request, /,
    );
    expect(header(sent[0], 'x-amz-security-token')).toBe('session-token-example');
  });

  it.each([
    [aws({ region: 'eu-west-1' }), 'sts.eu-west-1.amazonaws.com'],
    [aws({ region: 'us-east-2', useFips: true }), 'sts-fips.us-east-2.amazonaws.com'],
    [aws({ region: 'eu-west-1', useDualStack: true }), 'sts.eu-west-1.api.aws'],
    [aws({ region: 'eu-west-1', useGlobalEndpoint: true }), 'sts.amazonaws.com'],
    [aws({ region: 'cn-north-1' }), 'sts.cn-north-1.amazonaws.com.cn'],
  ])('sends to the host the SDK’s rules give: %j → %s', async (endpoint, host) => {
    const client = createStsClient({ endpoint, credentials: KEYS });
    const sent = answerWith(client, CALLER_XML);
    await client.send(new GetCallerIdentityCommand({}));
    expect(sent[0]?.hostname).toBe(host);
  });

  it('a simple request drops the SDK’s custom headers, so browsers send no preflight', async () => {
    const client = createStsClient({ endpoint: SANDBOX, simpleRequest: true });
    const sent = answerWith(client, WEB_IDENTITY_XML);
    await client.send(new AssumeRoleWithWebIdentityCommand(WEB_IDENTITY_INPUT));
    const names = Object.keys(sent[0]?.headers ?? {}).map((k) => k.toLowerCase());
    expect(names).not.toContain('amz-sdk-invocation-id');
    expect(names).not.toContain('amz-sdk-request');
    expect(names).not.toContain('x-amz-user-agent');
    expect(names).not.toContain('authorization');
    expect(header(sent[0], 'content-type')).toBe('application/x-www-form-urlencoded');
    expect(String(sent[0]?.body)).toContain('Action=AssumeRoleWithWebIdentity');
  });

  it('without simpleRequest the SDK’s headers stay (what the option takes away)', async () => {
    const client = createStsClient({ endpoint: SANDBOX });
    const sent = answerWith(client, WEB_IDENTITY_XML);
    await client.send(new AssumeRoleWithWebIdentityCommand(WEB_IDENTITY_INPUT));
    expect(header(sent[0], 'amz-sdk-invocation-id')).toBeDefined();
  });

  it('a signed client keeps the SDK’s headers even when asked for a simple request', async () => {
    const client = createStsClient({ endpoint: SANDBOX, credentials: KEYS, simpleRequest: true });
    const sent = answerWith(client, CALLER_XML);
    await client.send(new GetCallerIdentityCommand({}));
    expect(header(sent[0], 'amz-sdk-invocation-id')).toBeDefined();
    expect(header(sent[0], 'authorization')).toBeDefined();
  });

  it('an unsigned client learns STS’s clock from the Date header once it is 5 minutes off', async () => {
    const client = createStsClient({ endpoint: SANDBOX, simpleRequest: true });
    answerWith(client, WEB_IDENTITY_XML, new Date(Date.now() + 60_000));
    await client.send(new AssumeRoleWithWebIdentityCommand(WEB_IDENTITY_INPUT));
    expect(client.config.systemClockOffset).toBe(0);

    const skew = 20 * 60_000;
    answerWith(client, WEB_IDENTITY_XML, new Date(Date.now() + skew));
    await client.send(new AssumeRoleWithWebIdentityCommand(WEB_IDENTITY_INPUT));
    expect(Math.abs(client.config.systemClockOffset - skew)).toBeLessThan(2_000);
  });

  it('a client without a signer sends nothing for a signed operation', async () => {
    const client = createStsClient({ endpoint: SANDBOX });
    const sent = answerWith(client, CALLER_XML);
    await expect(client.send(new GetCallerIdentityCommand({}))).rejects.toThrow(
      'pick a signer first',
    );
    expect(sent).toHaveLength(0);
  });
});
