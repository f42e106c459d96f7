import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { createStsClient } from './create-sts-client.ts';
import { adviseOnFailure } from './failure-advice.ts';
import { toStsFailure } from './sts-failure.ts';

const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const identity = `<GetCallerIdentityResponse xmlns="${STS_NS}"><GetCallerIdentityResult><Arn>arn:aws:iam::111122223333:user/demo</Arn><UserId>AIDAEXAMPLE</UserId><Account>111122223333</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;
const denied = `<ErrorResponse xmlns="${STS_NS}"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>No.</Message></Error><RequestId>r-2</RequestId></ErrorResponse>`;

/** A client whose HTTP handler answers with this status, type and body, counting requests. */
function clientAnswering(statusCode: number, contentType: string | undefined, body: string) {
  const client = createStsClient({
    endpoint: { kind: 'custom', url: 'http://127.0.0.1:9', region: 'us-east-1' },
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' },
  });
  const calls = { count: 0 };
  client.config.requestHandler = {
    handle: () => {
      calls.count++;
      return Promise.resolve({
        response: {
          statusCode,
          headers: contentType === undefined ? {} : { 'content-type': contentType },
          body: new TextEncoder().encode(body),
        },
      });
    },
  };
  return { client, calls };
}

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    return toStsFailure(e);
  }
  throw new Error('the call succeeded');
}

describe('createStsClient refuses answers that are not STS XML', () => {
  it('turns an HTML 500 page into a not-sts failure, without retrying it', async () => {
    const { client, calls } = clientAnswering(
      500,
      'text/html',
      '<html><head><title>500 Internal Server Error</title></head><body><h1>Oops</h1></body></html>',
    );
    const failure = await failureOf(client.send(new GetCallerIdentityCommand({})));
    expect(failure).toMatchObject({
      kind: 'not-sts',
      httpStatus: 500,
      notSts: { contentType: 'text/html', what: 'HTML', excerpt: '500 Internal Server Error Oops' },
    });
    expect(calls.count).toBe(1);
    const advice = adviseOnFailure(failure, {
      operation: 'GetCallerIdentity',
      endpointUrl: 'http://127.0.0.1:9',
    });
    expect(advice.explanation).toContain(
      'http://127.0.0.1:9 answered HTTP 500 with HTML (Content-Type text/html), not an STS answer.',
    );
    expect(advice.explanation).toContain('“500 Internal Server Error Oops”');
  });

  it.each([
    [200, 'application/json', '{"Arn":"x"}', 'JSON'],
    [200, 'text/xml', '<GetCallerIdentityResponse>', 'XML a browser cannot read safely'],
    [403, 'text/plain', 'Forbidden', 'text of type text/plain'],
  ])('HTTP %d %s %j', async (status, type, body, what) => {
    const { client } = clientAnswering(status, type, body);
    const failure = await failureOf(client.send(new GetCallerIdentityCommand({})));
    expect(failure.kind).toBe('not-sts');
    expect(failure.notSts?.what).toBe(what);
  });

  it('still reads STS answers and STS errors', async () => {
    const ok = clientAnswering(200, 'text/xml', identity);
    const output = await ok.client.send(new GetCallerIdentityCommand({}));
    expect(output.Arn).toBe('arn:aws:iam::111122223333:user/demo');
    const refused = clientAnswering(403, 'text/xml', denied);
    const failure = await failureOf(refused.client.send(new GetCallerIdentityCommand({})));
    expect(failure).toMatchObject({ kind: 'sts', code: 'AccessDenied', httpStatus: 403 });
  });
});
