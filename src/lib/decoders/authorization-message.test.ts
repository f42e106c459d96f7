import { describe, expect, it } from 'vitest';
import { findEncodedAuthorizationMessage } from './authorization-message.ts';
import { parseDecodedAuthorizationMessage } from './decoded-authorization-message.ts';

const encoded = '-7gBcaBqNhL6Oa_rjS9YxhSqCRg4oZ8w1Xe2p3QmaUQ9gEW7Y-6YpZ_1k4d2Xfy0Kc8w';

describe('findEncodedAuthorizationMessage', () => {
  it.each([
    [
      'the AWS CLI error text',
      `An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: ${encoded}`,
    ],
    [
      'a JSON error body',
      `{"Error":{"Message":"Denied. Encoded authorization failure message: ${encoded}"}}`,
    ],
    [
      'the message on the next line',
      `Encoded authorization failure message:\n  ${encoded}\nRequest ID: 1234`,
    ],
    ['lower case', `encoded authorization failure message: ${encoded}.`],
    ['just the message', `  ${encoded}\n`],
  ])('finds it in %s', (_name, text) => {
    expect(findEncodedAuthorizationMessage(text)).toEqual({ ok: true, value: encoded });
  });

  it('explains a marker without a message, and text without one', () => {
    expect(findEncodedAuthorizationMessage('Encoded authorization failure message: ')).toEqual({
      ok: false,
      error: 'The text says "Encoded authorization failure message:" but no message follows it.',
    });
    const none = findEncodedAuthorizationMessage('User is not authorized. Sorry!');
    expect(!none.ok && none.error).toMatch(/No encoded authorization message found/);
  });

  it('refuses messages longer than STS decodes and oversized texts', () => {
    const long = findEncodedAuthorizationMessage('a'.repeat(10_241));
    expect(!long.ok && long.error).toMatch(/10,241 characters; STS decodes at most 10,240/);
    const huge = findEncodedAuthorizationMessage('x'.repeat(5_000_000));
    expect(!huge.ok && huge.error).toMatch(/paste only the error/);
  });
});

const real = {
  allowed: false,
  explicitDeny: true,
  matchedStatements: {
    items: [
      {
        statementId: 'VisualEditor0',
        effect: 'DENY',
        principals: { items: [{ value: 'AROA123456789EXAMPLE' }] },
        principalGroups: { items: [] },
        actions: { items: [{ value: 'ec2:RunInstances' }] },
        resources: { items: [{ value: '*' }] },
        conditions: { items: [] },
      },
    ],
  },
  failures: { items: [] },
  context: {
    principal: {
      id: 'AROA123456789EXAMPLE:Ana',
      arn: 'arn:aws:sts::111122223333:assumed-role/Developer/Ana',
    },
    action: 'RunInstances',
    resource: 'arn:aws:ec2:us-east-1:111122223333:instance/*',
    conditions: {
      items: [
        { key: 'ec2:MetadataHttpPutResponseHopLimit', values: { items: [{ value: '2' }] } },
        { key: 'aws:Region', values: { items: [{ value: 'us-east-1' }] } },
      ],
    },
  },
};

describe('parseDecodedAuthorizationMessage', () => {
  it('reads the real format (aws-cli example)', () => {
    const result = parseDecodedAuthorizationMessage(JSON.stringify(real));
    expect(result).toEqual({
      ok: true,
      value: {
        allowed: false,
        explicitDeny: true,
        principal: {
          id: 'AROA123456789EXAMPLE:Ana',
          arn: 'arn:aws:sts::111122223333:assumed-role/Developer/Ana',
        },
        action: 'RunInstances',
        resource: 'arn:aws:ec2:us-east-1:111122223333:instance/*',
        conditions: [
          { key: 'ec2:MetadataHttpPutResponseHopLimit', values: ['2'] },
          { key: 'aws:Region', values: ['us-east-1'] },
        ],
        matchedStatements: [
          {
            statementId: 'VisualEditor0',
            effect: 'DENY',
            principals: ['AROA123456789EXAMPLE'],
            principalGroups: [],
            actions: ['ec2:RunInstances'],
            resources: ['*'],
            conditions: [],
          },
        ],
        failures: [],
        raw: real,
      },
    });
  });

  it('reads the model example variant: string booleans, "" lists, {item:{…}} conditions', () => {
    const variant = {
      allowed: 'false',
      explicitDeny: 'TRUE',
      matchedStatements: '',
      failures: '',
      context: {
        principal: {
          id: 'AIDACKCEVSQ6C2EXAMPLE',
          name: 'Bob',
          arn: 'arn:aws:iam::123456789012:user/Bob',
        },
        action: 'ec2:StopInstances',
        resource: 'arn:aws:ec2:us-east-1:123456789012:instance/i-dd01c9bd',
        conditions: [
          { item: { key: 'ec2:Tenancy', values: ['default'] } },
          {
            item: {
              key: 'ec2:ResourceTag/elasticbeanstalk:environment-name',
              values: ['Default-Environment'],
            },
          },
        ],
      },
    };
    const result = parseDecodedAuthorizationMessage(JSON.stringify(variant));
    expect(result.ok && result.value).toMatchObject({
      allowed: false,
      explicitDeny: true,
      principal: { name: 'Bob' },
      conditions: [
        { key: 'ec2:Tenancy', values: ['default'] },
        {
          key: 'ec2:ResourceTag/elasticbeanstalk:environment-name',
          values: ['Default-Environment'],
        },
      ],
      matchedStatements: [],
      failures: [],
    });
  });

  it('unwraps the CLI output {"DecodedMessage": "…"}', () => {
    const result = parseDecodedAuthorizationMessage(
      JSON.stringify({ DecodedMessage: JSON.stringify(real) }),
    );
    expect(result.ok && result.value.action).toBe('RunInstances');
  });

  it('keeps failures readable as text', () => {
    const result = parseDecodedAuthorizationMessage(
      JSON.stringify({ ...real, failures: { items: ['x', { a: 1 }] } }),
    );
    expect(result.ok && result.value.failures).toEqual(['x', '{"a":1}']);
  });

  it.each([
    ['not JSON', '{allowed: false', /not valid JSON/],
    ['an array', '[1]', /not a JSON object/],
    ['unrelated JSON', '{"hello":1}', /not a decoded authorization message/],
    ['a broken DecodedMessage', '{"DecodedMessage":"{"}', /DecodedMessage field/],
  ])('explains %s', (_name, json, message) => {
    const result = parseDecodedAuthorizationMessage(json);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('treats a __proto__ key as data', () => {
    const json =
      '{"allowed":true,"__proto__":{"polluted":1},"context":{"principal":{"__proto__":{"arn":"x"}}}}';
    const result = parseDecodedAuthorizationMessage(json);
    expect(result.ok && result.value.principal).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
