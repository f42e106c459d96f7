import { changedMembers } from './form-values.ts';

/**
 * Pure: true when a form holds input not yet sent: its values differ from those of its last send
 * or, never sent, from what the form starts with (empty strings, empty lists and absence alike).
 */
export function hasUnsentInput(
  values: Readonly<Record<string, unknown>>,
  sent: Readonly<Record<string, unknown>> | undefined,
  initial: Readonly<Record<string, unknown>> | undefined,
): boolean {
  return changedMembers(sent ?? initial ?? {}, values).length > 0;
}
