import { describe, expect, it } from 'vitest';
import { errorMessagesOf } from './form-errors.ts';

describe('errorMessagesOf', () => {
  it('lists the field’s own message and every message under it, by full path', () => {
    const element = { tagName: 'INPUT' };
    const list = Object.assign(
      [undefined, { arn: { type: 'custom', message: 'Not an ARN.', ref: element } }],
      { root: { type: 'too_big', message: 'At most 10.' } },
    );
    expect(errorMessagesOf(list, 'PolicyArns')).toEqual({
      'PolicyArns.1.arn': 'Not an ARN.',
      'PolicyArns.root': 'At most 10.',
    });
  });

  it('gives the field’s message and ignores the DOM element and per-rule messages', () => {
    const error = {
      type: 'custom',
      message: 'Enter a role ARN.',
      ref: { message: 'not a message' },
      types: { min: 'also not shown' },
    };
    expect(errorMessagesOf(error, 'RoleArn')).toEqual({ RoleArn: 'Enter a role ARN.' });
  });

  it('is empty when the field has no error', () => {
    expect(errorMessagesOf(undefined, 'RoleArn')).toEqual({});
  });
});
