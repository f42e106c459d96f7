import { describe, expect, it } from 'vitest';
import { keepFreshStatus } from './keep-fresh-status.ts';

const time = (d: Date) => d.toISOString().slice(11, 19);
const at = Date.UTC(2026, 0, 1, 13, 5, 12);

describe('keepFreshStatus', () => {
  it('says nothing while off, unless the source cannot sign', () => {
    expect(keepFreshStatus({ on: false }, undefined, 5, time)).toBeUndefined();
    expect(keepFreshStatus({ on: false }, 'it needs a new MFA code', 5, time)).toBe(
      'Cannot keep it fresh: it needs a new MFA code.',
    );
  });

  it('says when it renews', () => {
    expect(keepFreshStatus({ on: true }, undefined, 5, time)).toBe(
      'Keep fresh: renews 5 min before it expires.',
    );
  });

  it('says when it renewed', () => {
    const record = { on: true, attempt: { state: 'renewed', forExpiryMs: 1, atMs: at } } as const;
    expect(keepFreshStatus(record, undefined, 5, time)).toBe('Kept fresh: renewed at 13:05:12.');
  });

  it('explains a failure and that the old set stays', () => {
    const record = {
      on: true,
      attempt: { state: 'failed', forExpiryMs: 1, atMs: at, failures: 1 },
      failure: 'AccessDenied: not allowed',
    } as const;
    expect(keepFreshStatus(record, undefined, 5, time)).toBe(
      'Renewal failed at 13:05:12: AccessDenied: not allowed. The old set stays until it expires.',
    );
  });

  it('explains why the source can no longer sign, before any older outcome', () => {
    const record = { on: true, attempt: { state: 'renewed', forExpiryMs: 1, atMs: at } } as const;
    expect(keepFreshStatus(record, 'the set that signed for it (“P”) has expired', 5, time)).toBe(
      'Cannot keep it fresh: the set that signed for it (“P”) has expired.',
    );
  });

  it('says a renewal is on its way', () => {
    const record = {
      on: true,
      attempt: { state: 'running', forExpiryMs: 1, failures: 0 },
    } as const;
    expect(keepFreshStatus(record, 'whatever', 5, time)).toBe('Keep fresh: renewing…');
  });

  it('says a renewal will sign in again, and what it needs from the user when it must', () => {
    expect(keepFreshStatus({ on: true }, undefined, 5, time, 'Sandbox')).toBe(
      'Keep fresh: renews 5 min before it expires, signing in with Sandbox again (its token has expired; no page when your session there is alive).',
    );
    const record = {
      on: true,
      attempt: { state: 'needs-user', forExpiryMs: 1, atMs: at, interactive: true },
      failure: 'Sandbox answered “login_required”: The provider needs you to sign in again',
    } as const;
    expect(keepFreshStatus(record, undefined, 5, time, 'Sandbox')).toBe(
      'Renewing needs you: Sandbox answered “login_required”: The provider needs you to sign in again. The old set stays until it expires.',
    );
  });
});
