import { describe, expect, it } from 'vitest';
import { clockOffsetNotice } from './clock-offset-notice.ts';
import { adviseOnFailure } from './failure-advice.ts';

describe('clockOffsetNotice', () => {
  it('says nothing when the SDK corrected nothing or next to nothing', () => {
    expect(clockOffsetNotice(0)).toBeUndefined();
    expect(clockOffsetNotice(59_999)).toBeUndefined();
    expect(clockOffsetNotice(-59_999)).toBeUndefined();
    expect(clockOffsetNotice(Number.NaN)).toBeUndefined();
  });

  it('says the local clock is behind when STS is ahead, in minutes', () => {
    expect(clockOffsetNotice(20 * 60_000 + 1_500)).toMatch(
      /^Your computer’s clock is 20 minutes behind STS’s\. The SDK corrected for it/,
    );
    expect(clockOffsetNotice(60_000)).toContain('is 1 minute behind');
  });

  it('says the local clock is ahead when STS is behind', () => {
    expect(clockOffsetNotice(-6 * 60_000)).toContain('is 6 minutes ahead of STS’s');
  });
});

describe('adviseOnFailure', () => {
  const context = { operation: 'AssumeRoleWithWebIdentity', endpointUrl: 'http://127.0.0.1:1' };

  it('explains a network failure with CORS as CORS, naming the endpoint', () => {
    const advice = adviseOnFailure(
      { kind: 'network', code: 'NetworkError', message: 'Failed to fetch' },
      { ...context, networkCause: 'cors' },
    );
    expect(advice.title).toBe('Blocked by CORS');
    expect(advice.explanation).toContain('http://127.0.0.1:1');
    expect(advice.explanation).not.toContain('Failed to fetch');
  });

  it('explains a network failure without an answer as unreachable', () => {
    const advice = adviseOnFailure(
      { kind: 'network', code: 'NetworkError', message: 'Failed to fetch' },
      { ...context, networkCause: 'unreachable' },
    );
    expect(advice.title).toBe('Cannot reach the endpoint');
  });

  it('explains a call the page’s policy blocked, and how to allow the origin', () => {
    const advice = adviseOnFailure(
      { kind: 'network', code: 'NetworkError', message: 'Failed to fetch' },
      { ...context, endpointUrl: 'https://sts.example.com/sts', networkCause: 'csp' },
    );
    expect(advice.title).toBe('Blocked by this page’s Content-Security-Policy');
    expect(advice.explanation).toContain('does not allow https://sts.example.com');
    expect(advice.explanation).not.toContain('No answer');
    expect(advice.nextStep).toContain('STS_CONSOLE_CONNECT_SRC=https://sts.example.com npm start');
    expect(advice.nextStep).not.toContain('make sure npm start is running');
  });

  it('says a throttled call was retried and what to do', () => {
    const advice = adviseOnFailure(
      { kind: 'sts', code: 'Throttling', message: 'Rate exceeded', httpStatus: 400 },
      context,
    );
    expect(advice.title).toBe('STS is throttling you');
    expect(advice.nextStep).toMatch(/Wait/);
  });

  it('falls back to the code and a retry hint for unknown server errors', () => {
    const advice = adviseOnFailure(
      { kind: 'sts', code: 'SomethingNew', message: '', httpStatus: 502 },
      context,
    );
    expect(advice.title).toBe('SomethingNew');
    expect(advice.nextStep).toMatch(/Retry/);
  });
});

describe('SignatureDoesNotMatch advice', () => {
  const context = { operation: 'GetCallerIdentity', endpointUrl: 'https://sts.amazonaws.com' };
  const advise = (message: string) =>
    adviseOnFailure(
      { kind: 'sts', code: 'SignatureDoesNotMatch', message, httpStatus: 403 },
      context,
    ).nextStep;

  it('blames the clock for a signature from the past or the future', () => {
    expect(advise('Signature expired: 20260101T000000Z is now earlier than …')).toMatch(/clock/);
    expect(advise('Signature not yet current: 20260101T002000Z is still later than …')).toMatch(
      /clock/,
    );
  });

  it('blames the key pair otherwise', () => {
    expect(advise('The request signature we calculated does not match')).toMatch(
      /secret access key/,
    );
  });
});

describe('advice for answers that are not STS answers', () => {
  const context = { operation: 'AssumeRole', endpointUrl: 'http://localhost:4566' };
  const notSts = (httpStatus: number, what: string, contentType: string, excerpt = '') =>
    adviseOnFailure(
      {
        kind: 'not-sts',
        code: 'NotStsAnswer',
        message: '',
        httpStatus,
        notSts: { httpStatus, contentType, what, excerpt },
      },
      context,
    );

  it('says the endpoint answered HTTP 500 with HTML, quotes it, and what to check', () => {
    const advice = notSts(500, 'HTML', 'text/html', '502 Bad Gateway nginx');
    expect(advice.title).toBe('Not an STS answer');
    expect(advice.explanation).toBe(
      'http://localhost:4566 answered HTTP 500 with HTML (Content-Type text/html), not an STS answer. It says: “502 Bad Gateway nginx”',
    );
    expect(advice.nextStep).toMatch(/proxy, gateway or web server/);
    expect(`${advice.title} ${advice.explanation}`).not.toMatch(/Error Error|hidden field/);
  });

  it.each([
    [404, 'HTML', 'text/html', /serves web pages/],
    [200, 'JSON', 'application/json', /STS answers in XML/],
    [200, 'an empty body', '', /STS endpoint/],
  ])('HTTP %d with %s: %s', (status, what, type, next) => {
    const advice = notSts(status, what, type);
    expect(advice.nextStep).toMatch(next);
    if (type === '') expect(advice.explanation).toContain('(no Content-Type)');
  });

  it('lists what in an out-of-spec answer is outside the model, and that nothing was kept', () => {
    const advice = adviseOnFailure(
      {
        kind: 'out-of-spec',
        code: 'OutOfSpecAnswer',
        message: '',
        problems: [
          {
            path: 'AssumedRoleUser.Arn',
            reason: 'is 1,048,621 characters long; STS sends at most 2,048',
            excerpt: 'arn:aws:sts::1:assumed-role/A/aaaa… (1,048,621 characters)',
          },
        ],
      },
      context,
    );
    expect(advice.title).toBe('The answer is outside what STS sends');
    expect(advice.explanation).toBe(
      'http://localhost:4566 answered, but AssumedRoleUser.Arn is 1,048,621 characters long; STS sends at most 2,048 (it starts “arn:aws:sts::1:assumed-role/A/aaaa… (1,048,621 characters)”). Nothing of this answer was kept.',
    );
  });
});
