/**
 * Verifies an AWS Signature Version 4 Authorization header by recomputing the signature with
 * @smithy/signature-v4 over the request as received (only the headers the client signed), then
 * comparing in constant time. No SigV4 arithmetic lives here.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { err, ok, type Result } from '../lib/result.ts';
import { ERR, stsError, type StsError } from '../protocol/sts-error.ts';

export interface ReceivedRequest {
  method: string;
  /** Path without the query string, as sent. */
  path: string;
  /** Decoded query parameters (all values per key). */
  query: Record<string, string | string[]>;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: string;
}

export interface SigningSecret {
  secretAccessKey: string;
}

export interface VerifiedSignature {
  accessKeyId: string;
  region: string;
  signedHeaders: string[];
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const SKEW_MS = 15 * 60 * 1000;

interface ParsedAuthorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`. */
export function parseAuthorization(header: string): Result<ParsedAuthorization, StsError> {
  const space = header.indexOf(' ');
  const algorithm = space < 0 ? header : header.slice(0, space);
  if (algorithm !== ALGORITHM) {
    return err(ERR.incompleteSignature(`Unsupported AWS 'algorithm': '${algorithm}'`));
  }
  const fields = new Map<string, string>();
  for (const part of header.slice(space + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  for (const name of ['Credential', 'SignedHeaders', 'Signature']) {
    if (!fields.has(name)) {
      return err(
        ERR.incompleteSignature(
          `Authorization header requires '${name}' parameter. Authorization=${header}`,
        ),
      );
    }
  }
  const scope = (fields.get('Credential') ?? '').split('/');
  const [accessKeyId, date, region, service, terminator] = scope;
  if (
    scope.length !== 5 ||
    accessKeyId === undefined ||
    date === undefined ||
    region === undefined ||
    service === undefined ||
    terminator !== 'aws4_request'
  ) {
    return err(
      ERR.incompleteSignature(
        `Credential should be scoped to a valid region. Authorization=${header}`,
      ),
    );
  }
  return ok({
    accessKeyId,
    date,
    region,
    service,
    signedHeaders: (fields.get('SignedHeaders') ?? '').split(';').filter((h) => h !== ''),
    signature: fields.get('Signature') ?? '',
  });
}

/** `20260101T000000Z` → Date, or undefined. */
export function parseAmzDate(text: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (m === null) {
    const http = Date.parse(text);
    return Number.isNaN(http) ? undefined : new Date(http);
  }
  const [, y, mo, d, h, mi, s] = m.map(Number);
  return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 0, h ?? 0, mi ?? 0, s ?? 0));
}

/** `Date` → `20260101T000000Z`. */
export function formatAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** True when the request carries SigV4 in its Authorization header. */
export function hasAuthorization(request: ReceivedRequest): boolean {
  return request.headers.authorization !== undefined;
}

/**
 * Checks the Authorization header of a request: shape, date, time window (±15 min around `now`),
 * known key, and the recomputed signature.
 */
export async function verifySigV4(
  request: ReceivedRequest,
  lookup: (accessKeyId: string) => SigningSecret | undefined,
  now: Date,
): Promise<Result<VerifiedSignature, StsError>> {
  const header = request.headers.authorization;
  if (header === undefined) return err(ERR.missingAuthenticationToken());
  const parsed = parseAuthorization(header);
  if (!parsed.ok) return parsed;
  const auth = parsed.value;
  const dateText = request.headers['x-amz-date'] ?? request.headers.date;
  const signedAt = dateText === undefined ? undefined : parseAmzDate(dateText);
  if (signedAt === undefined) {
    return err(
      ERR.incompleteSignature(
        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
      ),
    );
  }
  if (auth.service !== 'sts') {
    return err(
      stsError(
        'SignatureDoesNotMatch',
        "Credential should be scoped to correct service: 'sts'. ",
        403,
      ),
    );
  }
  const secret = lookup(auth.accessKeyId);
  if (secret === undefined) return err(ERR.invalidClientTokenId());
  const skew = timeWindowError(signedAt, now);
  if (skew !== undefined) return err(skew);
  if (!request.headers['x-amz-date'] && !auth.signedHeaders.includes('date')) {
    return err(ERR.signatureDoesNotMatch());
  }
  // The signer trusts an x-amz-content-sha256 header instead of hashing the body, so the header
  // must match the body actually received.
  const claimedHash = request.headers['x-amz-content-sha256'];
  if (
    claimedHash !== undefined &&
    claimedHash !== createHash('sha256').update(request.body).digest('hex')
  ) {
    return err(ERR.signatureDoesNotMatch());
  }
  const expected = await recompute(request, auth, secret, signedAt);
  if (!constantTimeEqual(expected, auth.signature)) return err(ERR.signatureDoesNotMatch());
  return ok({
    accessKeyId: auth.accessKeyId,
    region: auth.region,
    signedHeaders: auth.signedHeaders,
  });
}

function timeWindowError(signedAt: Date, now: Date): StsError | undefined {
  const fmt = formatAmzDate;
  if (signedAt.getTime() < now.getTime() - SKEW_MS) {
    const limit = new Date(now.getTime() - SKEW_MS);
    return stsError(
      'SignatureDoesNotMatch',
      `Signature expired: ${fmt(signedAt)} is now earlier than ${fmt(limit)} (${fmt(now)} - 15 min.)`,
      403,
    );
  }
  if (signedAt.getTime() > now.getTime() + SKEW_MS) {
    const limit = new Date(now.getTime() + SKEW_MS);
    return stsError(
      'SignatureDoesNotMatch',
      `Signature not yet current: ${fmt(signedAt)} is still later than ${fmt(limit)} (${fmt(now)} + 15 min.)`,
      403,
    );
  }
  return undefined;
}

async function recompute(
  request: ReceivedRequest,
  auth: ParsedAuthorization,
  secret: SigningSecret,
  signedAt: Date,
): Promise<string> {
  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    const value = request.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  const host = headers.host ?? '';
  const toSign = new HttpRequest({
    method: request.method,
    protocol: 'http:',
    hostname: host,
    path: request.path,
    query: request.query,
    headers,
    body: request.body,
  });
  const signer = new SignatureV4({
    service: auth.service,
    region: auth.region,
    sha256: Sha256,
    credentials: { accessKeyId: auth.accessKeyId, secretAccessKey: secret.secretAccessKey },
    applyChecksum: false,
  });
  const signed = await signer.sign(toSign, {
    signingDate: signedAt,
    signableHeaders: new Set(auth.signedHeaders),
    unsignableHeaders: new Set(Object.keys(headers).filter((h) => !auth.signedHeaders.includes(h))),
  });
  const authorization = signed.headers.authorization ?? '';
  const match = /Signature=([0-9a-f]+)$/.exec(authorization);
  return match?.[1] ?? '';
}

function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
