/** Empty inputs mean "not sent": the SDK input shape has no empty strings for optional members. */
export function emptyToUndefined(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value === '' ? undefined : value;
}

/** Whole numbers as numbers; anything else as NaN so the schema can say what's wrong. */
export function toOptionalNumber(value: unknown): unknown {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return value;
  const text = value.trim().replace(/[_,](?=\d{3}\b)/g, '');
  if (text === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/** A member's value as a key for comparison: empty strings, empty lists and absence are alike. */
function comparable(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value) && value.length === 0) return '';
  return JSON.stringify(value);
}

/** Pure: the top-level members whose values differ between two snapshots of a form. */
export function changedMembers(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => comparable(before[name]) !== comparable(after[name])).sort();
}

/** Drops empty lists (a form with every row removed) so STS gets "not sent", not an empty list. */
export function withoutEmptyLists<T extends object>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as T;
}
