import {
  LETTER_ESCAPES,
  numericEscape,
  unclosed,
  unreadable,
  type ShellWord,
} from './shell-word.ts';

const WORD_END = new Set([' ', '\t', '\n', '\r', ';', '&', '|', '<', '>']);
const EXPANSION =
  'uses fish expansion ($VAR, (…), globs or braces), which the console cannot evaluate';
/** Characters fish expands when unquoted. */
const SPECIAL = new Set(['$', '(', ')', '*', '?', '{', '}']);

/** Reads one fish word at pos: unquoted text (with backslash escapes), '…' and "…" parts. */
export function readFishWord(text: string, pos: number): ShellWord {
  let value = '';
  let i = pos;
  if (text[i] === '~') return unreadable(text, i, EXPANSION);
  while (i < text.length) {
    const c = text.charAt(i);
    if (WORD_END.has(c)) break;
    if (SPECIAL.has(c)) return unreadable(text, i, EXPANSION);
    if (c === "'") {
      const part = readSingleQuoted(text, i + 1);
      if (part === undefined) return unclosed(text, 'has an unclosed single quote');
      value += part.value;
      i = part.end;
    } else if (c === '"') {
      const part = readDoubleQuoted(text, i + 1);
      if (typeof part === 'string')
        return part === EXPANSION ? unreadable(text, i, part) : unclosed(text, part);
      value += part.value;
      i = part.end;
    } else if (c === '\\') {
      const escaped = readEscape(text, i + 1);
      if (escaped === undefined) return unreadable(text, i, 'ends with a backslash');
      value += escaped.value;
      i = escaped.end;
    } else {
      value += c;
      i++;
    }
  }
  return { value, end: i };
}

/** Inside fish single quotes only \\ and \' are escapes. */
function readSingleQuoted(text: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  let i = start;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === "'") return { value, end: i + 1 };
    if (c === '\\' && (text[i + 1] === '\\' || text[i + 1] === "'")) {
      value += text.charAt(i + 1);
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  return undefined;
}

/** Inside fish double quotes \\ \" \$ and backslash-newline are escapes; $ expands. */
function readDoubleQuoted(text: string, start: number): { value: string; end: number } | string {
  let value = '';
  let i = start;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"') return { value, end: i + 1 };
    if (c === '$') return EXPANSION;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === '\n') {
        i += 2;
        continue;
      }
      if (next === '"' || next === '\\' || next === '$') {
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

/** An unquoted backslash escape: letters, \xHH, \uHHHH…, newline continuation, or the character itself. */
function readEscape(text: string, pos: number): { value: string; end: number } | undefined {
  const next = text[pos];
  if (next === undefined) return undefined;
  if (next === '\n') return { value: '', end: pos + 1 };
  const letter = next === 'E' ? undefined : LETTER_ESCAPES[next];
  if (letter !== undefined) return { value: letter, end: pos + 1 };
  const numeric = /[xXuU0-7]/.test(next) ? numericEscape(text, pos) : undefined;
  if (numeric !== undefined) return { value: numeric.value, end: pos + numeric.length };
  return { value: next, end: pos + 1 };
}
