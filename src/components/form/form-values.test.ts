import { describe, expect, it } from 'vitest';
import {
  changedMembers,
  emptyToUndefined,
  toOptionalNumber,
  withoutEmptyLists,
} from './form-values.ts';

describe('emptyToUndefined', () => {
  it('drops empty strings and keeps everything else', () => {
    expect(emptyToUndefined('')).toBeUndefined();
    expect(emptyToUndefined(' ')).toBe(' ');
    expect(emptyToUndefined('a')).toBe('a');
    expect(emptyToUndefined(3)).toBe(3);
  });
});

describe('toOptionalNumber', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['3600', 3600],
    [' 900 ', 900],
    ['43,200', 43200],
    ['43_200', 43200],
    ['1.5', 1.5],
    ['-1', -1],
  ])('%j → %j', (input, expected) => {
    expect(toOptionalNumber(input)).toBe(expected);
  });
  it('turns garbage into NaN so validation can name it', () => {
    expect(toOptionalNumber('1h')).toBeNaN();
    expect(toOptionalNumber('0x10')).toBeNaN();
    expect(toOptionalNumber('1e3')).toBeNaN();
  });
});

describe('changedMembers', () => {
  it('names the members whose values changed, nested lists included', () => {
    expect(
      changedMembers(
        { RoleArn: 'arn:a', RoleSessionName: 'alice', Tags: [{ Key: 'a', Value: '1' }] },
        { RoleArn: 'arn:b', RoleSessionName: 'alice', Tags: [{ Key: 'a', Value: '2' }] },
      ),
    ).toEqual(['RoleArn', 'Tags']);
  });
  it('treats empty, absent and empty lists alike', () => {
    expect(changedMembers({ A: '', B: [], C: undefined }, { D: '' })).toEqual([]);
    expect(changedMembers({ A: 'x' }, {})).toEqual(['A']);
  });
});

describe('withoutEmptyLists', () => {
  it('drops empty lists and keeps everything else', () => {
    expect(withoutEmptyLists({ Name: 'bob', Tags: [], PolicyArns: [{ arn: 'x' }] })).toEqual({
      Name: 'bob',
      PolicyArns: [{ arn: 'x' }],
    });
  });
});
