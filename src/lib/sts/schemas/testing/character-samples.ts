/**
 * Test support: characters to probe a model pattern with, read from the pattern's own class
 * text: both ends of every range and the characters just outside them, every listed symbol,
 * samples of \w \d \p{L} \p{Z} \p{N}, and a fixed set of outsiders (ASCII symbols, controls,
 * non-ASCII letters, an astral emoji, a lone surrogate).
 */
const classSamples: Readonly<Record<string, readonly string[]>> = {
  w: ['a', 'Z', '0', '9', '_'],
  d: ['0', '9'],
  'p{L}': ['A', 'z', 'é', 'ß', '日', 'Ω', 'ж', '𝒜'],
  'p{Z}': [' ', '\u00A0', '\u2003', '\u3000', '\u2028'],
  'p{N}': ['0', '٣', 'Ⅻ', '½', '𝟘'],
};

const outsiders = [
  ...Array.from('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ '),
  '\u0000',
  '\t',
  '\n',
  '\r',
  '\u000B',
  '\u007F',
  '\u0080',
  '\u0085',
  '\u009F',
  '\u00A0',
  '\u00FF',
  '\u0100',
  'é',
  'ñ',
  'ü',
  '日',
  'ж',
  '\u200B',
  '\uFEFF',
  '😀',
  '\uD800',
  '\uFFFD',
  '\uFFFE',
];

interface Token {
  readonly characters: readonly string[];
  /** Set for a single code point (so it can start or end a range). */
  readonly codePoint?: number;
}

function readToken(text: string, start: number): { token: Token; next: number } {
  const character = text.charAt(start);
  if (character !== '\\') {
    const codePoint = text.codePointAt(start) ?? 0;
    return {
      token: { characters: [String.fromCodePoint(codePoint)], codePoint },
      next: start + (codePoint > 0xffff ? 2 : 1),
    };
  }
  const escape = text.charAt(start + 1);
  if (escape === 'u') {
    // Exactly four hex digits, as ECMAScript reads \u (so \u10000 is \u1000 then "0").
    const codePoint = Number.parseInt(text.slice(start + 2, start + 6), 16);
    return { token: { characters: [String.fromCodePoint(codePoint)], codePoint }, next: start + 6 };
  }
  if (escape === 'p') {
    const end = text.indexOf('}', start);
    const name = text.slice(start + 1, end + 1);
    return { token: { characters: classSamples[name] ?? [] }, next: end + 1 };
  }
  const sample = classSamples[escape];
  if (sample !== undefined) return { token: { characters: sample }, next: start + 2 };
  const codePoint = escape.codePointAt(0) ?? 0;
  return { token: { characters: [escape], codePoint }, next: start + 2 };
}

function neighbours(codePoint: number): string[] {
  return [codePoint - 1, codePoint + 1]
    .filter((value) => value >= 0 && value <= 0x10ffff)
    .map((value) => String.fromCodePoint(value));
}

/** Probe characters for a model pattern of the form ^[class]+$ or ^[class]*$. */
export function characterSamples(pattern: string): string[] {
  const match = /^\^\[(.*)\][+*]\$$/su.exec(pattern);
  const body = match?.[1];
  if (body === undefined) throw new Error(`not a single-class pattern: ${pattern}`);
  const samples = new Set<string>(outsiders);
  let index = 0;
  while (index < body.length) {
    const { token, next } = readToken(body, index);
    index = next;
    if (body.charAt(index) === '-' && index + 1 < body.length && token.codePoint !== undefined) {
      const end = readToken(body, index + 1);
      index = end.next;
      for (const edge of [token.codePoint, end.token.codePoint ?? token.codePoint]) {
        samples.add(String.fromCodePoint(edge));
        neighbours(edge).forEach((character) => samples.add(character));
      }
      continue;
    }
    token.characters.forEach((character) => samples.add(character));
    if (token.codePoint !== undefined)
      neighbours(token.codePoint).forEach((character) => samples.add(character));
  }
  return [...samples];
}
