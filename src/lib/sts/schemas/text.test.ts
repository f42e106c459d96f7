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
