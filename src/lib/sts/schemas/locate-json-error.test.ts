import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { locateJsonError } from './locate-json-error.ts';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('locateJsonError', () => {
  test.each([
    ['{\n  "a": 1,\n  }', 'Unexpected token } at line 3, column 3'],
    ['{"Version": "2012-10-17",}', 'Unexpected token } at line 1, column 26'],
    ['', 'Unexpected end of input at line 1, column 1'],
    ['{"a": [1, 2', 'Unexpected end of input at line 1, column 12'],
    ['{"a" 1}', 'Unexpected token 1 at line 1, column 6'],
    ["{'a': 1}", "Unexpected token ' at line 1, column 2"],
    ['[01]', 'Unexpected token 1 at line 1, column 3'],
    ['[1.]', 'Unexpected token ] at line 1, column 4'],
    ['[-]', 'Unexpected token ] at line 1, column 3'],
    ['[1e]', 'Unexpected token ] at line 1, column 4'],
    ['[tru]', 'Unexpected token ] at line 1, column 5'],
    ['{"a": 1} x', 'Unexpected token x at line 1, column 10'],
    ['"abc', 'Unterminated string at line 1, column 1'],
    ['"a\tb"', 'Bad control character in string at line 1, column 3'],
    ['"\\x"', 'Bad escaped character in string at line 1, column 2'],
    ['"\\u12G4"', 'Bad Unicode escape in string at line 1, column 2'],
    ['\uFEFF{}', 'Unexpected character U+FEFF at line 1, column 1'],
    ['{"日本😀": 1,\r\n "b": ?}', 'Unexpected token ? at line 2, column 7'],
    ['{"😀😀": x}', 'Unexpected token x at line 1, column 8'],
    ['[1]\r[2]', 'Unexpected token [ at line 2, column 1'],
  ])('%j → %s', (text, message) => {
    expect(locateJsonError(text)?.message).toBe(message);
    expect(parses(text)).toBe(false);
  });

  test.each([
    '{}',
    '[]',
    ' 0 ',
    '-0.5e+10',
    '"\\u00e9\\n"',
    'true',
    'null',
    '{"a":[{"b":false}]}',
    '\t{\r\n"a" : 1 }\n',
  ])('%j is valid', (text) => {
    expect(locateJsonError(text)).toBeUndefined();
  });

  test('gives the UTF-16 offset for an editor selection and the code point column', () => {
    expect(locateJsonError('["😀" x]')).toMatchObject({
      offset: 6,
      line: 1,
      column: 6,
      reason: 'Unexpected token x',
    });
  });

  test('hostile nesting does not overflow the stack', () => {
    expect(locateJsonError('['.repeat(200000))?.reason).toBe('Unexpected end of input');
    expect(locateJsonError(`${'['.repeat(100000)}${']'.repeat(100000)}`)).toBeUndefined();
  });

  test('agrees with JSON.parse on any JSON text and on mutations of it', () => {
    const mutated = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', '\\', ' ', '\n', '0', '-', '.', 'e', 'x'),
      )
      .map(([text, at, insert]) => {
        const index = at % (text.length + 1);
        return text.slice(0, index) + insert + text.slice(index + (at % 2));
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        expect(locateJsonError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 1500 },
    );
  });
});
