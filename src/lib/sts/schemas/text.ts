/** Number of Unicode code points in `value` (how Smithy's @length counts strings). */
export function codePointLength(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index += 1) {
    const unit = value.charCodeAt(index);
    // A high surrogate followed by a low surrogate is one code point; lone halves count alone.
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    count += 1;
  }
  return count;
}

/**
 * Formats an integer the way the messages show it: 43200 → "43,200" (en-US grouping). Written out
 * rather than with Intl: building a formatter loads locale data, which the first screen would
 * pay for, and Number#toLocaleString builds one per call.
 */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value)) return String(value);
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}

const namedCharacters: Readonly<Record<string, string>> = {
  ' ': 'a space',
  '\t': 'a tab',
  '\n': 'a line break',
  '\r': 'a carriage return',
  '\u00A0': 'a no-break space',
};

/** "U+00E9" for a single code point string. */
export function codePointLabel(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Describes one character for a message: `"é" (U+00E9)`, or `a tab (U+0009)` for invisible ones. */
export function describeCharacter(character: string): string {
  const named = namedCharacters[character];
  if (named !== undefined) return `${named} (${codePointLabel(character)})`;
  if (/^[\p{C}\p{Z}\p{M}]$/u.test(character)) return codePointLabel(character);
  return `"${character}" (${codePointLabel(character)})`;
}

/** The first code point of `value` that `characterPattern` (anchored, one character) rejects. */
export function firstRejectedCharacter(
  value: string,
  characterPattern: RegExp,
): string | undefined {
  for (const character of value) {
    if (!characterPattern.test(character)) return character;
  }
  return undefined;
}

/** True for printable ASCII other than space (characters a message can name by listing). */
export function isVisibleAscii(character: string): boolean {
  const codePoint = character.codePointAt(0) ?? 0;
  return codePoint > 0x20 && codePoint < 0x7f;
}
