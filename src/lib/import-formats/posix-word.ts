import {
  LETTER_ESCAPES,
  numericEscape,
  unclosed,
  unreadable,
  type ShellWord,
} from './shell-word.ts';

const WORD_END = new Set([' ', '\t', '\n', '\r', ';', '&', '|', '<', '>', '(', ')']);
const EXPANSION = 'uses shell expansion ($…, `…`), which the console cannot evaluate';

/** Reads one bash/zsh/sh word at pos: unquoted text, '…', "…" and $'…' parts, concatenated. */
export function readPosixWord(text: string, pos: number): ShellWord {
  let value = '';
  let i = pos;
  while (i < text.length) {
    const c = text.charAt(i);
    if (WORD_END.has(c)) break;
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return unclosed(text, 'has an unclosed single quote');
      value += text.slice(i + 1, close);
      i = close + 1;
    } else if (c === '"') {
      const part = readDoubleQuoted(text, i + 1);
      if (typeof part === 'string')
        return part === EXPANSION ? unreadable(text, i, part) : unclosed(text, part);
      value += part.value;
      i = part.end;
    } else if (c === '$' && text[i + 1] === "'") {
      const part = readAnsiC(text, i + 2);
      if (part === undefined) return unclosed(text, "has an unclosed $'…' quote");
      value += part.value;
      i = part.end;
    } else if (c === '$' && /[A-Za-z0-9_{(@*#?$!-]/.test(text[i + 1] ?? '')) {
      return unreadable(text, i, EXPANSION);
    } else if (c === '`') {
      return unreadable(text, i, EXPANSION);
    } else if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined) return unreadable(text, i, 'ends with a backslash');
      if (next !== '\n') value += next;
      i += 2;
    } else {
      value += c;
      i++;
    }
  }
  return { value, end: i };
}

function readDoubleQuoted(text: string, start: number): { value: string; end: number } | string {
  let value = '';
  let i = start;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"') return { value, end: i + 1 };
    if (c === '`') return EXPANSION;
    if (c === '$' && /[A-Za-z0-9_{(@*#?$!-]/.test(text[i + 1] ?? '')) return EXPANSION;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === '\n') {
        i += 2;
        continue;
      }
      if (next !== undefined && '$`"\\'.includes(next)) {
        value += next;
        i += 2;
        continue;
      }
    }
    value += c;
    i++;
  }
  return 'has an unclosed double quote';
}

function readAnsiC(text: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  let i = start;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === "'") return { value, end: i + 1 };
    if (c !== '\\') {
      value += c;
      i++;
      continue;
    }
    const next = text.charAt(i + 1);
    const letter = LETTER_ESCAPES[next];
    if (letter !== undefined) {
      value += letter;
      i += 2;
    } else if ('\\\'"?'.includes(next) && next !== '') {
      value += next;
      i += 2;
    } else {
      const numeric = numericEscape(text, i + 1);
      if (numeric === undefined) {
        value += c;
        i++;
      } else {
        value += numeric.value;
        i += 1 + numeric.length;
      }
    }
  }
  return undefined;
}
