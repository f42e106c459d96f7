/**
 * Characters no export may carry as they are. Controls (C0, DEL, C1) are acted on by terminals
 * when pasted (U+009B is a one-byte CSI); U+2028/U+2029 end a line for some readers and not for
 * others; bidi overrides, isolates and marks make the text shown differ from the text run
 * ("Trojan Source").
 */
const UNSAFE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x2028, 0x2029],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

function isUnsafe(code: number): boolean {
  return UNSAFE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** Pure: the first character an export cannot carry safely, optionally allowing LF. */
export function findUnsafeCharacter(value: string, allowLineFeed: boolean): string | undefined {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x0a && allowLineFeed) continue;
    if (isUnsafe(code)) return value.charAt(i);
  }
  return undefined;
}

/** Pure: what kind of character it is, in words ("the control character", "the bidi control"). */
export function describeUnsafeCharacter(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x2028) return 'the line separator';
  if (code === 0x2029) return 'the paragraph separator';
  if (code > 0x9f) return 'the invisible bidi control';
  return 'the control character';
}

/**
 * Pure: JSON text with every unsafe character written as a \uXXXX escape. JSON.stringify escapes
 * C0 only; the others can only occur inside string literals, so the parsed value is unchanged.
 */
export function escapeUnsafeInJson(json: string): string {
  let out = '';
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    // Structural whitespace (LF, and CR/tab should a caller indent with them) stays as it is.
    out +=
      isUnsafe(code) && code !== 0x0a && code !== 0x0d && code !== 0x09
        ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
        : json.charAt(i);
  }
  return out;
}
