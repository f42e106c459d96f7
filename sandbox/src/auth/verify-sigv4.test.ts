import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { parseAuthorization, verifySigV4, type ReceivedRequest } from './verify-sigv4.ts';

const KEY = { accessKeyId: 'AKIARTX3GSDS4RSW23ZR', secretAccessKey: 'secret-one' };
const NOW = new Date('2026-11-22T20:00:00Z');
const lookup = (id: string) =>
  id === KEY.accessKeyId ? { secretAccessKey: KEY.secretAccessKey } : undefined;

async function signed(
  opts: { body?: string; at?: Date; token?: string; creds?: typeof KEY } = {},
): Promise<ReceivedRequest> {
  const body = opts.body ?? 'Action=GetCallerIdentity&Version=2011-06-15';
  const signer = new SignatureV4({
    service: 'sts',
    region: 'us-east-1',
    sha256: Sha256,
    credentials: {
      ...(opts.creds ?? KEY),
      ...(opts.token === undefined ? {} : { sessionToken: opts.token }),
    },
  });
  const request = await signer.sign(
    new HttpRequest({
      method: 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1:5174',
      path: '/',
      headers: {
        host: '127.0.0.1:5174',
        'content-type': 'application/x-www-form-urlencoded',
        'user-agent': 'x',
      },
      body,
    }),
    { signingDate: opts.at ?? NOW },
  );
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers)) headers[k.toLowerCase()] = v;
  return { method: 'POST', path: '/', query: {}, headers, body };
}

describe('verifySigV4', () => {
  it('accepts a request signed by the real SDK signer, session token included', async () => {
    const result = await verifySigV4(await signed({ token: 'tok' }), lookup, NOW);
    expect(result).toMatchObject({
      ok: true,
      value: { accessKeyId: KEY.accessKeyId, region: 'us-east-1' },
    });
  });

  it('rejects a tampered body, header or secret with SignatureDoesNotMatch', async () => {
    const tamperedBody = {
      ...(await signed()),
      body: 'Action=GetCallerIdentity&Version=2011-06-15&X=1',
    };
    const req = await signed({ token: 'tok' });
    const tamperedToken = { ...req, headers: { ...req.headers, 'x-amz-security-token': 'other' } };
    const wrongSecret = await signed({ creds: { ...KEY, secretAccessKey: 'nope' } });
    for (const r of [tamperedBody, tamperedToken, wrongSecret]) {
      const result = await verifySigV4(r, lookup, NOW);
      expect(result.ok || result.error.code).toBe('SignatureDoesNotMatch');
    }
  });

  it('rejects unknown keys, missing auth, and stale signatures with STS codes', async () => {
    const unknown = await verifySigV4(
      await signed({ creds: { ...KEY, accessKeyId: 'AKIAUNKNOWNUNKNOWN23' } }),
      lookup,
      NOW,
    );
    expect(unknown.ok || unknown.error).toMatchObject({
      code: 'InvalidClientTokenId',
      status: 403,
    });
    const req = await signed();
    const missing = await verifySigV4(
      { ...req, headers: { ...req.headers, authorization: undefined } },
      lookup,
      NOW,
    );
    expect(missing.ok || missing.error.code).toBe('MissingAuthenticationToken');
    const late = await verifySigV4(await signed(), lookup, new Date(NOW.getTime() + 20 * 60_000));
    expect(late.ok || late.error.message).toBe(
      'Signature expired: 20261122T200000Z is now earlier than 20261122T200500Z (20261122T202000Z - 15 min.)',
    );
  });

  it('parses the Authorization header fields', () => {
    const parsed = parseAuthorization(
      'AWS4-HMAC-SHA256 Credential=AKID/20261122/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc',
    );
    expect(parsed).toMatchObject({
      ok: true,
      value: { accessKeyId: 'AKID', service: 'sts', signedHeaders: ['host', 'x-amz-date'] },
    });
    expect(parseAuthorization('AWS4-HMAC-SHA256 Credential=x').ok).toBe(false);
  });
});
