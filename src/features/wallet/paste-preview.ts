/** Shapes that say "this is a secret": never echo them back on screen. */
const SECRET_SHAPES: readonly RegExp[] = [
  // A JWT (a token someone could replay).
  /eyJ[\w-]{6,}\.[\w-]{6,}/,
  // A secret access key: exactly 40 characters of base64 standing on their own.
  /(?:^|[^A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/,
  // A long base64 run: a session token, a SAML assertion, a key.
  /[A-Za-z0-9+/=_-]{120,}/,
  // The words that label secrets in exports, profiles, JSON and PEM files.
  /secret|session[_ -]?token|password|passwd|PRIVATE KEY|SAMLResponse|<saml/i,
];

/** Pure: true when the text holds something shaped like a secret. */
export function looksSecret(text: string): boolean {
  return SECRET_SHAPES.some((shape) => shape.test(text));
}

/** What to show of unrecognised text: the text itself (cut at `max`), or how long it was. */
export type PastePreview = { shown: string; cut: boolean } | { hiddenLength: number };

/** Pure: the unrecognised paste as the user may see it again, unless it looks secret. */
export function previewPaste(text: string, max = 300): PastePreview {
  const trimmed = text.trim();
  if (looksSecret(trimmed)) return { hiddenLength: trimmed.length };
  return trimmed.length > max
    ? { shown: trimmed.slice(0, max), cut: true }
    : { shown: trimmed, cut: false };
}
