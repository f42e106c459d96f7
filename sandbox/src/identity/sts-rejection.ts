/** A value or an error, for functions that judge untrusted input instead of throwing. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** An STS error as the server writes it: awsQuery code, message, HTTP status. */
export interface StsRejection {
  code: string;
  message: string;
  status: number;
}

/** Wraps a success. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps a failure. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

/** Builds an STS rejection (status 400 unless given). */
export function reject(
  code: string,
  message: string,
  status = 400,
): { ok: false; error: StsRejection } {
  return err({ code, message, status });
}
