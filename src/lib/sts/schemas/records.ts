/** True for a plain object (what z.object accepts), so cross-field checks can read members. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The strings in `list` with their index; anything that is not a string is skipped. */
export function stringsAt(list: unknown): { index: number; value: string }[] {
  if (!Array.isArray(list)) return [];
  const found: { index: number; value: string }[] = [];
  list.forEach((item: unknown, index) => {
    if (typeof item === 'string') found.push({ index, value: item });
  });
  return found;
}
