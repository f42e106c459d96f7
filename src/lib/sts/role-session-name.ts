import { nameCharset } from './schemas/patterns.ts';

const minLength = 2;
const maxLength = 64;

/**
 * Turns a token's `sub` or `email` into a valid RoleSessionName (^[\w+=,.@-]*$, 2..64):
 * accents are dropped (é → e), other disallowed characters become "-", runs of "-" collapse,
 * "-" is trimmed from both ends, the result is cut to 64 and padded with "_" to 2.
 * Undefined when nothing usable (no letter or digit) is left.
 */
export function suggestRoleSessionName(input: string): string | undefined {
  const folded = input.normalize('NFKD').replace(/\p{M}/gu, '').trim();
  let name = '';
  for (const character of folded) {
    name += nameCharset.character.test(character) ? character : '-';
  }
  name = name.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
  if (!/[A-Za-z0-9]/.test(name)) return undefined;
  // After the replacement every character is ASCII, so UTF-16 length is the code point count.
  name = name.slice(0, maxLength).replace(/-+$/, '');
  return name.padEnd(minLength, '_');
}
