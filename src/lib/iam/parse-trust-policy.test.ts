import { describe, expect, it } from 'vitest';
import { parseTrustPolicy } from './parse-trust-policy.ts';

const doc = {
  Version: '2012-10-17',
  Statement: {
    Sid: 'Ci',
    Effect: 'Allow',
    Principal: {
      Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
    },
    Action: ['sts:AssumeRoleWithWebIdentity'],
    Condition: { Bool: { 'aws:SecureTransport': true }, StringLike: { 'x:sub': ['a*', 'b'] } },
  },
};

describe('parseTrustPolicy', () => {
  it('reads JSON, one statement or many, values as lists of text', () => {
    const parsed = parseTrustPolicy(JSON.stringify(doc));
    expect(parsed.ok && parsed.value.statements[0]).toMatchObject({
      index: 1,
      sid: 'Ci',
      effect: 'Allow',
      actions: ['sts:AssumeRoleWithWebIdentity'],
      conditions: [
        { operator: 'Bool', key: 'aws:SecureTransport', values: ['true'] },
        { operator: 'StringLike', key: 'x:sub', values: ['a*', 'b'] },
      ],
    });
  });

  it('reads the URL-encoded form the IAM API returns', () => {
    const parsed = parseTrustPolicy(encodeURIComponent(JSON.stringify(doc)));
    expect(parsed.ok && parsed.value.statements).toHaveLength(1);
  });

  it('reads aws iam get-role output, with the document as an object or encoded string', () => {
    expect(parseTrustPolicy(JSON.stringify({ Role: { AssumeRolePolicyDocument: doc } })).ok).toBe(
      true,
    );
    const encoded = { Role: { AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(doc)) } };
    expect(parseTrustPolicy(JSON.stringify(encoded)).ok).toBe(true);
  });

  it.each([
    ['', /Paste/],
    ['{', /not valid JSON/],
    ['[]', /JSON object/],
    ['{"Version":"2012-10-17"}', /no "Statement"/],
    ['{"Statement":{"Effect":"Maybe","Principal":"*","Action":"sts:AssumeRole"}}', /Effect/],
    ['{"Statement":{"Effect":"Allow","Action":"sts:AssumeRole"}}', /no "Principal"/],
    ['{"Statement":{"Effect":"Allow","Principal":"*"}}', /no "Action"/],
    [
      '{"Statement":{"Effect":"Allow","Principal":"*","Action":"a","Condition":{"StringEquals":"x"}}}',
      /object of keys/,
    ],
    ['%7Bnot%ZZ', /does not decode/],
  ])('refuses %s', (input, message) => {
    const parsed = parseTrustPolicy(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(message);
  });
});
