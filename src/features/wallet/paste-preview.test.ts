import { describe, expect, it } from 'vitest';
import { looksSecret, previewPaste } from './paste-preview.ts';

describe('looksSecret', () => {
  it.each([
    'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    `IQoJb3JpZ2luX2VjE${'A'.repeat(150)}`,
    'aws_secret_access_key = oops',
    'AWS_SESSION_TOKEN=x',
    '-----BEGIN RSA PRIVATE KEY-----',
    '<samlp:Response>',
    'my password is hunter2',
  ])('hides %s', (text) => {
    expect(looksSecret(text)).toBe(true);
  });

  it.each([
    'hello, is this a credential?',
    'arn:aws:iam::111122223333:role/Admin',
    'AKIAIOSFODNN7EXAMPLE',
    'An error occurred (AccessDenied) when calling the AssumeRole operation',
  ])('shows %s', (text) => {
    expect(looksSecret(text)).toBe(false);
  });
});

describe('previewPaste', () => {
  it('shows plain text, trimmed', () => {
    expect(previewPaste('  hello \n')).toEqual({ shown: 'hello', cut: false });
  });
  it('cuts long text', () => {
    expect(previewPaste('word '.repeat(100), 20)).toEqual({
      shown: 'word word word word ',
      cut: true,
    });
  });
  it('only says how long a secret-looking text was', () => {
    expect(previewPaste(' aws_secret_access_key = x ')).toEqual({ hiddenLength: 25 });
  });
});
