/** The outcome of a pure function on untrusted input: a value, or an error a person can read. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a human-readable message as a failed Result. */
export function err<T = never>(error: string): Result<T> {
  return { ok: false, error };
}
