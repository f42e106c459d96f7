/**
 * The one outcome type of the code base: a value, or an error (by default words a person can
 * read). Pure functions over untrusted input return it instead of throwing.
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps an error as a failed Result. */
export function err<E = string>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
