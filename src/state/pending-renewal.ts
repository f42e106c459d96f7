import { isRenewalOf, type RenewalTarget } from '../lib/wallet/renewal-target.ts';

/** The set Run again is about to renew, until the next call of its operation. Memory only. */
let pending: RenewalTarget | undefined;

/** Run again: the next call of `target.operation` with the same values renews that set. */
export function renewOnNextCall(target: RenewalTarget): void {
  pending = target;
}

/**
 * At a call of `operation`: the id of the set it renews, if it is the call Run again prepared.
 * Any call of that operation ends the wait, renewal or not.
 */
export function takeRenewal(operation: string, input: object): string | undefined {
  const target = pending;
  if (target?.operation !== operation) return undefined;
  pending = undefined;
  return isRenewalOf(target, operation, input) ? target.entryId : undefined;
}
