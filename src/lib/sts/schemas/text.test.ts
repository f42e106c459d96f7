import { describe, expect, test } from 'vitest';
import { codePointLength, describeCharacter, formatCount } from './text.ts';

describe('text helpers', () => {
  test.each([
    ['', 0],
    ['abc', 3],
    ['é日', 2],
    ['😀', 1],
    ['a😀b', 3],
    ['\uD800', 1],
    ['\uDC00\uD800', 2],
  ])('codePointLength(%j) = %i, like [...s].length', (text, length) => {
    expect(codePointLength(text)).toBe(length);
    expect(codePointLength(text)).toBe(Array.from(text).length);
  });

  test.each([
    ['é', '"é" (U+00E9)'],
    ['😀', '"😀" (U+1F600)'],
    [' ', 'a space (U+0020)'],
    ['\t', 'a tab (U+0009)'],
    ['\u200B', 'U+200B'],
    ['\u0000', 'U+0000'],
  ])('describeCharacter(%j) = %s', (character, description) => {
    expect(describeCharacter(character)).toBe(description);
  });

  test('formatCount groups thousands', () => {
    expect(formatCount(43200)).toBe('43,200');
    expect(formatCount(900)).toBe('900');
  });
});

describe('formatCount', () => {
  test.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [43200, '43,200'],
    [1234567, '1,234,567'],
    [-2048, '-2,048'],
  ])('%d → %s, as en-US writes it', (value, text) => {
    expect(formatCount(value)).toBe(text);
    expect(formatCount(value)).toBe(value.toLocaleString('en-US'));
  });
});
