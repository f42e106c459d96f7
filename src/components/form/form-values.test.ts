import { describe, expect, it } from 'vitest';
import { emptyToUndefined, toOptionalNumber } from './form-values.ts';

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
