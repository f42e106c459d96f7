import { codePointLabel } from './text.ts';

/** Where and why a text is not valid JSON (RFC 8259, as JSON.parse reads it). */
export interface JsonErrorLocation {
  /** The reason and the place, e.g. "Unexpected token } at line 3, column 5". */
  readonly message: string;
  /** The reason alone, e.g. "Unexpected token }". */
  readonly reason: string;
  /** 1-based line; \n, \r\n and a lone \r each end a line. */
  readonly line: number;
  /** 1-based column, counted in code points. */
  readonly column: number;
  /** UTF-16 index into the text (for an editor's selection). */
  readonly offset: number;
}

interface Failure {
  readonly reason: string;
  readonly offset: number;
}

/** A scan either moves to a new index or fails. */
type Step = number | Failure;

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';

const isDigit = (character: string | undefined): boolean =>
  character !== undefined && character >= '0' && character <= '9';

function unexpectedAt(text: string, offset: number): Failure {
  const codePoint = text.codePointAt(offset);
  if (codePoint === undefined) return { reason: 'Unexpected end of input', offset };
  const character = String.fromCodePoint(codePoint);
  const reason = /^[\p{C}\p{Z}]$/u.test(character)
    ? `Unexpected character ${codePointLabel(character)}`
    : `Unexpected token ${character}`;
  return { reason, offset };
}

function scanString(text: string, start: number): Step {
  let index = start + 1;
  while (index < text.length) {
    const unit = text.charCodeAt(index);
    if (unit === 0x22) return index + 1;
    if (unit < 0x20) return { reason: 'Bad control character in string', offset: index };
    if (unit !== 0x5c) {
      index += 1;
      continue;
    }
    const escaped = text[index + 1];
    if (escaped === undefined) break;
    if (escaped === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
        return { reason: 'Bad Unicode escape in string', offset: index };
      }
      index += 6;
    } else if ('"\\/bfnrt'.includes(escaped)) {
      index += 2;
    } else {
      return { reason: 'Bad escaped character in string', offset: index };
    }
  }
  return { reason: 'Unterminated string', offset: start };
}

function scanDigits(text: string, start: number): Step {
  if (!isDigit(text[start])) return unexpectedAt(text, start);
  let index = start;
  while (isDigit(text[index])) index += 1;
  return index;
}

function scanNumber(text: string, start: number): Step {
  let index = text[start] === '-' ? start + 1 : start;
  if (text[index] === '0') {
    index += 1;
  } else {
    const integer = scanDigits(text, index);
    if (typeof integer !== 'number') return integer;
    index = integer;
  }
  if (text[index] === '.') {
    const fraction = scanDigits(text, index + 1);
    if (typeof fraction !== 'number') return fraction;
    index = fraction;
  }
  if (text[index] === 'e' || text[index] === 'E') {
    index += 1;
    if (text[index] === '+' || text[index] === '-') index += 1;
    return scanDigits(text, index);
  }
  return index;
}

function scanLiteral(text: string, start: number, literal: string): Step {
  for (let offset = 0; offset < literal.length; offset += 1) {
    if (text[start + offset] !== literal[offset]) return unexpectedAt(text, start + offset);
  }
  return start + literal.length;
}

function scanScalar(text: string, start: number): Step {
  const character = text[start];
  if (character === '"') return scanString(text, start);
  if (character === '-' || isDigit(character)) return scanNumber(text, start);
  if (character === 't') return scanLiteral(text, start, 'true');
  if (character === 'f') return scanLiteral(text, start, 'false');
  if (character === 'n') return scanLiteral(text, start, 'null');
  return unexpectedAt(text, start);
}

function skipWhitespace(text: string, start: number): number {
  let index = start;
  while (index < text.length && ' \t\n\r'.includes(text.charAt(index))) index += 1;
  return index;
}

/** Iterative (no recursion), so hostile nesting depth cannot overflow the stack. */
function findFailure(text: string): Failure | undefined {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let index = 0;
  const afterValue = (): Expect => (stack.length === 0 ? 'done' : 'commaOrEnd');
  for (;;) {
    index = skipWhitespace(text, index);
    if (index >= text.length) break;
    const character = text.charAt(index);
    const top = stack.at(-1);
    let step: Step;
    if (expect === 'colon') {
      step = character === ':' ? index + 1 : unexpectedAt(text, index);
      expect = 'value';
    } else if (expect === 'commaOrEnd' && character === ',') {
      step = index + 1;
      expect = top === '{' ? 'key' : 'value';
    } else if (
      (character === '}' && (expect === 'keyOrEnd' || (expect === 'commaOrEnd' && top === '{'))) ||
      (character === ']' && (expect === 'valueOrEnd' || (expect === 'commaOrEnd' && top === '[')))
    ) {
      stack.pop();
      step = index + 1;
      expect = afterValue();
    } else if (expect === 'key' || expect === 'keyOrEnd') {
      step = character === '"' ? scanString(text, index) : unexpectedAt(text, index);
      expect = 'colon';
    } else if (
      (expect === 'value' || expect === 'valueOrEnd') &&
      (character === '{' || character === '[')
    ) {
      stack.push(character);
      step = index + 1;
      expect = character === '{' ? 'keyOrEnd' : 'valueOrEnd';
    } else if (expect === 'value' || expect === 'valueOrEnd') {
      step = scanScalar(text, index);
      expect = afterValue();
    } else {
      step = unexpectedAt(text, index);
    }
    if (typeof step !== 'number') return step;
    index = step;
  }
  return expect === 'done' ? undefined : { reason: 'Unexpected end of input', offset: text.length };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let index = 0;
  while (index < offset) {
    const codePoint = text.codePointAt(index) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    if (codePoint === 0x0a || (codePoint === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
      line += 1;
      column = 1;
    } else if (codePoint !== 0x0d) {
      column += 1;
    }
    index += width;
  }
  return { line, column };
}

/** Finds the first JSON syntax error in `text` with its line and column; undefined when the text is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  const failure = findFailure(text);
  if (failure === undefined) return undefined;
  const { line, column } = lineAndColumn(text, failure.offset);
  return {
    message: `${failure.reason} at line ${line}, column ${column}`,
    reason: failure.reason,
    line,
    column,
    offset: failure.offset,
  };
}
