/** Pure: a label the wallet accepts (trimmed, 1–64 characters), or undefined. */
export function cleanLabel(text: string): string | undefined {
  const label = text.trim().replace(/\s+/g, ' ');
  return label.length >= 1 && label.length <= 64 ? label : undefined;
}
