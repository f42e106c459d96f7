/** A word read from shell text: its value, where it ended, or why it could not be read. */
export interface ShellWord {
  value: string;
  end: number;
  /** Set when the word uses something the console cannot evaluate ($VAR, $(…), globs…). */
  problem?: string;
}

/** Index of the end of the line that contains pos (the newline's index, or text.length). */
export function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

/** A word that cannot be read: resume at the end of the line. */
export function unreadable(text: string, pos: number, problem: string): ShellWord {
  return { value: '', end: lineEnd(text, pos), problem };
}

/** An unclosed quote swallows the rest of the text, as in the shell (and keeps parsing linear). */
export function unclosed(text: string, problem: string): ShellWord {
  return { value: '', end: text.length, problem };
}

/** Skips spaces and tabs (not newlines). */
export function skipBlanks(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
  return i;
}

/** Decodes \xHH, \uHHHH, \UHHHHHHHH (and octal) escapes; returns the text and the chars consumed after the backslash. */
export function numericEscape(
  text: string,
  pos: number,
): { value: string; length: number } | undefined {
  const kind = text[pos];
  const spec =
    kind === 'x' || kind === 'X'
      ? { digits: /^[0-9a-fA-F]{1,2}/, radix: 16, skip: 1 }
      : kind === 'u'
        ? { digits: /^[0-9a-fA-F]{1,4}/, radix: 16, skip: 1 }
        : kind === 'U'
          ? { digits: /^[0-9a-fA-F]{1,8}/, radix: 16, skip: 1 }
          : /[0-7]/.test(kind ?? '')
            ? { digits: /^[0-7]{1,3}/, radix: 8, skip: 0 }
            : undefined;
  if (spec === undefined) return undefined;
  const digits = spec.digits.exec(text.slice(pos + spec.skip, pos + spec.skip + 8))?.[0];
  if (digits === undefined) return undefined;
  const code = parseInt(digits, spec.radix);
  if (code > 0x10ffff) return undefined;
  return { value: String.fromCodePoint(code), length: spec.skip + digits.length };
}

/** Single-letter escapes shared by bash $'…' and fish. */
export const LETTER_ESCAPES: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    a: '\u0007',
    b: '\b',
    e: '\u001b',
    E: '\u001b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
  }),
);
