import { operationByName } from '../../lib/sts/operations.ts';

/**
 * Pure: the part of a form's values that may be saved for a reload of the tab: the members the
 * operation's registry entry allows in drafts, never one it names secret. A form that is not an
 * operation's, and a member no allow-list names, save nothing.
 */
export function savableDraft(
  form: string,
  values: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const operation = operationByName(form);
  if (!operation) return {};
  const secret = new Set<string>(operation.secretMembers);
  const saved: Record<string, unknown> = {};
  for (const member of operation.draftMembers) {
    if (!secret.has(member) && Object.hasOwn(values, member) && values[member] !== undefined) {
      saved[member] = values[member];
    }
  }
  return saved;
}
