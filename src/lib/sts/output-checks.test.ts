import { describe, expect, it } from 'vitest';
import { checkOutput } from './output-checks.ts';
import { OutOfSpecAnswerError, describeOutputProblems, displayExcerpt } from './output-problems.ts';

const issuedAt = new Date('2030-01-01T12:00:00Z');
const MEGABYTE = 1024 * 1024;

function assumeRoleOutput(patch: Record<string, unknown> = {}) {
  const { Credentials, AssumedRoleUser, ...rest } = patch;
  return {
    $metadata: { httpStatusCode: 200, requestId: 'r' },
    Credentials: {
      AccessKeyId: 'ASIAY34FZKBOKMUTVV7A',
      SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      SessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE',
      Expiration: new Date('2030-01-01T13:00:00Z'),
      ...(Credentials as object | undefined),
    },
    AssumedRoleUser: {
      AssumedRoleId: 'AROA3XFRBF535PLBIFPI4:alice',
      Arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
      ...(AssumedRoleUser as object | undefined),
    },
    PackedPolicySize: 6,
    ...rest,
  };
}

function problemsOf(result: ReturnType<typeof checkOutput>) {
  return result.ok ? [] : result.problems;
}

describe('checkOutput', () => {
  it('accepts what STS sends', () => {
    expect(checkOutput('AssumeRole', assumeRoleOutput(), { issuedAt })).toEqual({ ok: true });
    expect(
      checkOutput('GetCallerIdentity', {
        UserId: 'AIDAEXAMPLE',
        Account: '111122223333',
        Arn: 'arn:aws:iam::111122223333:user/demo',
      }),
    ).toEqual({ ok: true });
    expect(
      checkOutput('DecodeAuthorizationMessage', { DecodedMessage: '{"allowed":false}' }),
    ).toEqual({ ok: true });
  });

  it('refuses a 1 MB Arn, with the reason and a short excerpt', () => {
    const arn = `arn:aws:sts::111122223333:assumed-role/Admin/${'a'.repeat(MEGABYTE)}`;
    const problems = problemsOf(
      checkOutput('AssumeRole', assumeRoleOutput({ AssumedRoleUser: { Arn: arn } })),
    );
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.path).toBe('AssumedRoleUser.Arn');
    expect(problem?.reason).toBe(
      `is ${arn.length.toLocaleString('en-US')} characters long; STS sends at most 2,048`,
    );
    expect(problem?.excerpt?.startsWith('arn:aws:sts::111122223333:assumed-role/Admin/aaa')).toBe(
      true,
    );
    expect(problem?.excerpt?.length).toBeLessThan(120);
    expect(describeOutputProblems(problems).length).toBeLessThan(300);
  });

  it.each([
    ['Credentials.SessionToken', { Credentials: { SessionToken: 'x'.repeat(MEGABYTE) } }],
    ['Credentials.SecretAccessKey', { Credentials: { SecretAccessKey: 's'.repeat(100_000) } }],
  ])('refuses an oversized %s without ever quoting it', (path, patch) => {
    const problems = problemsOf(checkOutput('AssumeRole', assumeRoleOutput(patch)));
    expect(problems).toEqual([
      { path, reason: expect.stringMatching(/the console accepts at most/) as unknown },
    ]);
    expect(describeOutputProblems(problems)).not.toMatch(/xxxx|ssss/);
  });

  it.each([
    ['a NUL', 'arn:aws:iam::111122223333:user/\u0000demo', 'U+0000'],
    [
      'an astral character (the model’s class ends at U+10FF)',
      'arn:aws:iam::111122223333:user/😀',
      'U+1F600',
    ],
  ])('refuses an Arn with %s, naming it', (_name, arn, code) => {
    const problems = problemsOf(checkOutput('GetCallerIdentity', { Arn: arn }));
    expect(problems[0]?.reason).toContain(code);
  });

  it.each([
    [
      'an access key ID with a dash',
      { Credentials: { AccessKeyId: 'ASIA-Y34FZKBOKMUTV' } },
      'Credentials.AccessKeyId',
    ],
    ['a short access key ID', { Credentials: { AccessKeyId: 'ASIA' } }, 'Credentials.AccessKeyId'],
    ['a session name with a space', { SourceIdentity: 'alice smith' }, 'SourceIdentity'],
    [
      'a role ID with a slash',
      { AssumedRoleUser: { AssumedRoleId: 'AROA/x' } },
      'AssumedRoleUser.AssumedRoleId',
    ],
    ['a negative packed policy size', { PackedPolicySize: -1 }, 'PackedPolicySize'],
    ['a fractional packed policy size', { PackedPolicySize: 1.5 }, 'PackedPolicySize'],
    ['a number for text', { SourceIdentity: 42 }, 'SourceIdentity'],
    [
      'a missing session token',
      { Credentials: { SessionToken: undefined } },
      'Credentials.SessionToken',
    ],
    ['credentials that are text', { Credentials: undefined, AssumedRoleUser: undefined }, 'never'],
  ])('refuses %s', (_name, patch, path) => {
    const output =
      path === 'never' ? { ...assumeRoleOutput(), Credentials: 'AKIA…' } : assumeRoleOutput(patch);
    const problems = problemsOf(checkOutput('AssumeRole', output));
    expect(problems.map((p) => p.path)).toEqual([path === 'never' ? 'Credentials' : path]);
  });

  it.each([
    ['an invalid date', new Date(Number.NaN), undefined, 'is not a real date'],
    ['a year past 9999', new Date('+010000-01-01T00:00:00Z'), undefined, 'is not a real date'],
    ['text instead of a date', '2030-01-01T13:00:00Z', undefined, 'is not a date'],
    ['an expiration at the issue time', issuedAt, issuedAt, 'is not after the time'],
    [
      'an expiration before the issue time',
      new Date('2029-12-31T00:00:00Z'),
      issuedAt,
      'is not after',
    ],
  ])('refuses %s', (_name, Expiration, at, reason) => {
    const problems = problemsOf(
      checkOutput('AssumeRole', assumeRoleOutput({ Credentials: { Expiration } }), {
        issuedAt: at,
      }),
    );
    expect(problems.map((p) => p.path)).toEqual(['Credentials.Expiration']);
    expect(problems[0]?.reason).toContain(reason);
  });

  it('checks the expiration of a web identity token too', () => {
    const result = checkOutput(
      'GetWebIdentityToken',
      { WebIdentityToken: 'eyJ.x.y', Expiration: new Date('2029-01-01T00:00:00Z') },
      { issuedAt },
    );
    expect(problemsOf(result).map((p) => p.path)).toEqual(['Expiration']);
  });

  it('caps members the model leaves unbounded', () => {
    const result = checkOutput('AssumeRoleWithSAML', {
      ...assumeRoleOutput(),
      Subject: 'x'.repeat(10_000),
      Issuer: 'https://idp.example.com/saml',
    });
    expect(problemsOf(result).map((p) => p.path)).toEqual(['Subject']);
  });

  it('stops at ten problems', () => {
    const long = 'x'.repeat(5_000);
    const result = checkOutput('AssumeRoleWithSAML', {
      Credentials: { AccessKeyId: '-', SecretAccessKey: 1, SessionToken: 2, Expiration: 3 },
      AssumedRoleUser: { AssumedRoleId: '/', Arn: 'a' },
      PackedPolicySize: -1,
      Subject: long,
      SubjectType: long,
      Issuer: long,
      Audience: long,
      NameQualifier: long,
      SourceIdentity: long,
    });
    expect(problemsOf(result)).toHaveLength(10);
  });

  it('refuses what is not an answer at all', () => {
    expect(checkOutput('GetCallerIdentity', 'Error Error').ok).toBe(false);
    expect(checkOutput('GetCallerIdentity', [1]).ok).toBe(false);
  });
});

describe('displayExcerpt', () => {
  it('keeps short plain text as it is', () => {
    expect(displayExcerpt('arn:aws:iam::111122223333:user/demo')).toBe(
      'arn:aws:iam::111122223333:user/demo',
    );
  });

  it('neutralises controls, bidi overrides and line separators', () => {
    expect(displayExcerpt('a\u202Eb\nc\u2028d\u0000e\u2066f\ud800')).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFD',
    );
  });

  it('truncates by code points and says how long the value was', () => {
    expect(displayExcerpt('😀'.repeat(100), 3)).toBe('😀😀😀… (100 characters)');
  });
});

describe('OutOfSpecAnswerError', () => {
  it('becomes an out-of-spec failure that says what is wrong, and names no secret', async () => {
    const { toStsFailure } = await import('./sts-failure.ts');
    const checked = checkOutput('GetCallerIdentity', { Arn: 'x'.repeat(3000), Account: '1' });
    if (checked.ok) throw new Error('expected the long Arn to be refused');
    const failure = toStsFailure(new OutOfSpecAnswerError(checked.problems));
    expect(failure).toMatchObject({ kind: 'out-of-spec', code: 'OutOfSpecAnswer' });
    expect(failure.problems?.map((p) => p.path)).toEqual(['Arn']);
  });
});
