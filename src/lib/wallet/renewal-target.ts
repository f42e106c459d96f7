/** A wallet set that Run again renews: the next call of `operation` with these values. */
export interface RenewalTarget {
  operation: string;
  entryId: string;
  /** The non-secret values the repeated call is sent with (the Run again plan's). */
  values: Readonly<Record<string, unknown>>;
}

/**
 * Pure: whether a submitted call is the one the target repeats: the same operation and, for each
 * value the plan filled in, the same value. An edited form is a new call, not a renewal.
 */
export function isRenewalOf(target: RenewalTarget, operation: string, input: object): boolean {
  if (target.operation !== operation) return false;
  return Object.entries(target.values).every(
    ([key, value]) => JSON.stringify(Reflect.get(input, key)) === JSON.stringify(value),
  );
}
