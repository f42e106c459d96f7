import { unclosed, unreadable, type ShellWord } from './shell-word.ts';

const SINGLE = /['\u2018\u2019\u201A\u201B]/;
const DOUBLE = /["\u201C\u201D\u201E]/;
const EXPANSION = 'uses PowerShell expansion ($…), which the console cannot evaluate';
const BACKTICK: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    '0': '\u0000',
    a: '\u0007',
    b: '\b',
    e: '\u001b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
  }),
);

/** Reads a PowerShell string literal at pos: '…' (quotes doubled) or "…" (backtick escapes, no $ expansion). */
export function readPowerShellString(text: string, pos: number): ShellWord {
  const open = text.charAt(pos);
  if (SINGLE.test(open)) return readSingle(text, pos + 1);
  if (DOUBLE.test(open)) return readDouble(text, pos + 1);
  return unreadable(text, pos, 'is not a quoted string');
}

function readSingle(text: string, start: number): ShellWord {
  let value = '';
  let i = start;
  while (i < text.length) {
    const c = text.charAt(i);
    if (SINGLE.test(c)) {
      const next = text.charAt(i + 1);
      // Two single-quote characters in a row stand for the second one.
      if (next !== '' && SINGLE.test(next)) {
        value += next;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += c;
    i++;
  }
  return unclosed(text, 'has an unclosed single quote');
}

function readDouble(text: string, start: number): ShellWord {
  let value = '';
  let i = start;
  while (i < text.length) {
    const c = text.charAt(i);
    if (DOUBLE.test(c)) {
      const next = text.charAt(i + 1);
      if (next !== '' && DOUBLE.test(next)) {
        value += next;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    if (c === '$' && /[A-Za-z0-9_{(:?$^]/.test(text.charAt(i + 1)))
      return unreadable(text, i, EXPANSION);
    if (c === '`') {
      const next = text.charAt(i + 1);
      if (next === '') break;
      if (next === 'u' && text.charAt(i + 2) === '{') {
        const close = text.indexOf('}', i + 3);
        const hex = close < 0 ? '' : text.slice(i + 3, close);
        if (!/^[0-9a-fA-F]{1,6}$/.test(hex) || parseInt(hex, 16) > 0x10ffff) {
          return unreadable(text, i, 'has a broken `u{…} escape');
        }
        value += String.fromCodePoint(parseInt(hex, 16));
        i = close + 1;
        continue;
      }
      value += BACKTICK[next] ?? next;
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  return unclosed(text, 'has an unclosed double quote');
}
