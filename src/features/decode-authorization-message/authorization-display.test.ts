import { describe, expect, it } from 'vitest';
import { parseDecodedAuthorizationMessage } from '../../lib/decoders/decoded-authorization-message.ts';
import {
  conditionRows,
  extractionFor,
  mfaHint,
  prettyJson,
  verdictOf,
} from './authorization-display.ts';

function parsed(doc: unknown) {
  const result = parseDecodedAuthorizationMessage(JSON.stringify(doc));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('verdictOf', () => {
  it('puts an explicit deny first, even if "allowed" were set', () => {
    expect(verdictOf(parsed({ allowed: true, explicitDeny: true })).tone).toBe('explicit-deny');
  });

  it('reads allowed and implicit deny (also the string booleans of the model example)', () => {
    expect(verdictOf(parsed({ allowed: 'true', explicitDeny: 'false' })).headline).toBe('Allowed');
    const implicit = verdictOf(parsed({ allowed: false, explicitDeny: false }));
    expect(implicit.tone).toBe('implicit-deny');
    expect(implicit.explanation).toContain('implicit deny');
  });
});

describe('conditionRows', () => {
  it('sorts keys case-insensitively and keeps every value', () => {
    const rows = conditionRows([
      { key: 'aws:userid', values: ['AIDA1'] },
      { key: 'aws:CurrentTime', values: ['2024-01-01T00:00:00Z'] },
      { key: 'aws:PrincipalTag/team', values: ['a', 'b'] },
    ]);
    expect(rows.map((r) => r.key)).toEqual([
      'aws:CurrentTime',
      'aws:PrincipalTag/team',
      'aws:userid',
    ]);
    expect(rows[1]?.values).toEqual(['a', 'b']);
  });
});

describe('prettyJson', () => {
  it('indents the document and keeps hostile text as data', () => {
    const text = prettyJson({ context: { action: '<img src=x onerror=alert(1)>' } });
    expect(text).toContain('\n  "context": {\n');
    expect(text).toContain('"<img src=x onerror=alert(1)>"');
  });
});

describe('extractionFor', () => {
  const message = '-Abc_DEF+ghi/jkl=';

  it('takes the message out of a whole error text, also when it starts with "-"', () => {
    const text = `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111122223333:user/demo is not authorized. Encoded authorization failure message: ${message}\n`;
    expect(extractionFor(text)).toEqual({ kind: 'replace', message, fromErrorText: true });
  });

  it('keeps a bare message as is and trims one pasted with spaces', () => {
    expect(extractionFor(message)).toEqual({ kind: 'as-is' });
    expect(extractionFor(`  ${message}\n`)).toEqual({
      kind: 'replace',
      message,
      fromErrorText: false,
    });
  });

  it('says when there is no message, and treats blank as empty', () => {
    expect(extractionFor('   ')).toEqual({ kind: 'empty' });
    const none = extractionFor('AccessDenied: you shall not pass');
    expect(none.kind).toBe('not-found');
  });
});

describe('mfaHint', () => {
  const doc = (action: string, conditions: Record<string, string>, arn = 'arn:aws:iam::1:user/a') =>
    parsed({
      allowed: false,
      explicitDeny: false,
      matchedStatements: { items: [] },
      failures: { items: [] },
      context: {
        principal: { id: 'AIDA', arn },
        action,
        resource: 'arn:aws:iam::1:role/R',
        conditions: {
          items: Object.entries(conditions).map(([key, value]) => ({
            key,
            values: { items: [{ value }] },
          })),
        },
      },
    });

  it('points a denial without MFA at the MFA fields', () => {
    expect(mfaHint(doc('sts:AssumeRole', { 'aws:MultiFactorAuthPresent': 'false' }))).toMatch(
      /MFA serial number and MFA code on the AssumeRole page/,
    );
    expect(mfaHint(doc('sts:AssumeRole', {}))).toMatch(/absent/);
  });

  it('says nothing when MFA was there, or for other actions', () => {
    expect(
      mfaHint(doc('sts:AssumeRole', { 'aws:MultiFactorAuthPresent': 'true' })),
    ).toBeUndefined();
    expect(mfaHint(doc('s3:GetObject', { 'aws:MultiFactorAuthPresent': 'false' }))).toBeUndefined();
    expect(mfaHint(doc('sts:AssumeRole', {}, 'arn:aws:sts::1:assumed-role/R/s'))).toBeUndefined();
  });
});
