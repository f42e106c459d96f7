import { afterEach, describe, expect, it } from 'vitest';
import { hasExpired, localExpiryOf } from '../lib/wallet/local-expiry.ts';
import { describeAssumedRole, recordCredentials } from './record-credentials.ts';
import { clearRecent } from './recent-values.ts';
import { wallet } from './wallet.ts';

const RECENT_KEY = 'sts-console.recent.v1';

const MIN = 60_000;
const expiration = new Date('2026-03-01T13:00:00Z');
const issued = {
  AccessKeyId: 'ASIAEXAMPLE',
  SecretAccessKey: 'secret',
  SessionToken: 'token',
  Expiration: expiration,
};

function record(clockOffsetMs?: number) {
  return recordCredentials({
    operation: 'AssumeRole',
    input: { RoleArn: 'arn:aws:iam::111122223333:role/R', RoleSessionName: 'skew', TokenCode: '1' },
    secretKeys: ['TokenCode'],
    credentials: issued,
    label: 'R/skew',
    call: {
      endpointUrl: 'http://127.0.0.1:5274',
      region: 'us-east-1',
      endpointSettings: { kind: 'sandbox', url: 'http://127.0.0.1:5274', region: 'us-east-1' },
      clockOffsetMs,
    },
  });
}

afterEach(() => {
  wallet.clear();
});

describe('recordCredentials and the clock offset', () => {
  it('keeps the offset the call observed on the wallet entry', () => {
    const entry = record(20 * MIN);
    expect(entry?.clockOffsetMs).toBe(20 * MIN);
    expect(wallet.getSnapshot()[0]).toBe(entry);
  });

  it('keeps STS’s Expiration itself unchanged, for exports', () => {
    const entry = record(20 * MIN);
    expect(entry?.credentials.expiration?.toISOString()).toBe('2026-03-01T13:00:00.000Z');
  });

  it('counts down by STS’s clock: a local clock 20 min behind sees the set end 20 min early', () => {
    const entry = record(20 * MIN);
    if (!entry) throw new Error('no entry recorded');
    expect(localExpiryOf(entry)?.toISOString()).toBe('2026-03-01T12:40:00.000Z');
    const localNow = Date.parse('2026-03-01T12:45:00Z');
    expect(hasExpired(entry, localNow)).toBe(true);
  });

  it('records 0 when no offset is known or it is not a number', () => {
    expect(record()?.clockOffsetMs).toBe(0);
    expect(record(Number.NaN)?.clockOffsetMs).toBe(0);
    const entry = record();
    if (!entry) throw new Error('no entry recorded');
    expect(localExpiryOf(entry)).toEqual(expiration);
  });
});

describe('recordCredentials and the endpoint binding', () => {
  it('binds the set to the endpoint that issued it, and nowhere else', () => {
    expect(record()?.binding).toEqual({
      issuedBy: { kind: 'sandbox', url: 'http://127.0.0.1:5274' },
      allowed: [],
    });
  });
});

describe('recordCredentials and the web identity token', () => {
  const call = {
    endpointUrl: 'http://127.0.0.1:5274',
    region: 'us-east-1',
    endpointSettings: { kind: 'sandbox', url: 'http://127.0.0.1:5274', region: 'us-east-1' },
    clockOffsetMs: 0,
  } as const;

  it('keeps the traded token with its set, never in the non-secret source', () => {
    const entry = recordCredentials({
      operation: 'AssumeRoleWithWebIdentity',
      input: { RoleArn: 'arn:aws:iam::111122223333:role/W', WebIdentityToken: 'ey.the.token' },
      secretKeys: ['WebIdentityToken'],
      credentials: issued,
      label: 'W/alice',
      call,
    });
    expect(entry?.webIdentityToken).toBe('ey.the.token');
    expect(JSON.stringify(entry?.source)).not.toContain('ey.the.token');
  });

  it('keeps no token for other operations', () => {
    expect(record()?.webIdentityToken).toBeUndefined();
  });
});

describe('describeAssumedRole', () => {
  const answer = (Arn?: string) => ({
    output: { AssumedRoleUser: { Arn, AssumedRoleId: 'AROAEXAMPLE:alice' } },
  });

  it('names the set role/session from the ARN and keeps its identity', () => {
    expect(
      describeAssumedRole('x')(answer('arn:aws:sts::111122223333:assumed-role/Admin/alice')),
    ).toEqual({
      label: 'Admin/alice',
      identity: {
        arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
        account: '111122223333',
        userId: 'AROAEXAMPLE:alice',
      },
    });
  });

  it('falls back to the given name without an assumed-role ARN', () => {
    expect(describeAssumedRole('Assumed role')(answer()).label).toBe('Assumed role');
    expect(
      describeAssumedRole('fallback')(answer('arn:aws:iam::111122223333:user/demo')).label,
    ).toBe('fallback');
    expect(describeAssumedRole('SAML role')({ output: {} })).toEqual({
      label: 'SAML role',
      identity: undefined,
    });
  });
});

describe('recordCredentials and the recent values', () => {
  afterEach(() => {
    clearRecent();
  });

  it('remembers the role and session name in the task after the card (not before it)', async () => {
    clearRecent();
    record();
    expect(localStorage.getItem(RECENT_KEY) ?? '').not.toContain('role/R');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(localStorage.getItem(RECENT_KEY)).toContain('arn:aws:iam::111122223333:role/R');
    expect(localStorage.getItem(RECENT_KEY)).toContain('skew');
  });
});
