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
