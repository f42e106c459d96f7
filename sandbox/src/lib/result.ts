/**
 * A value or an error, for pure functions over untrusted input. The same shape as the console's
 * src/lib/result.ts, restated because the sandbox does not import from src/. (E has no default
 * here only so that no sandbox module had to change while the sandbox is being restructured.)
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps an error as a failed Result. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
