import { suggestRoleSessionName } from '../../../lib/sts/role-session-name.ts';
import type { SignInHandoff } from './sign-in-status.ts';

type FormField = 'WebIdentityToken' | 'RoleArn' | 'RoleSessionName';

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * Pure: what to put into the web-identity form after signing in — always the ID token; the
 * provider's remembered role and a session name from the token only where the user typed nothing.
 */
export function prefillFromSignIn(
  handoff: SignInHandoff,
  current: Readonly<Record<string, unknown>>,
): [FormField, string][] {
  const changes: [FormField, string][] = [['WebIdentityToken', handoff.idToken]];
  if (handoff.roleArn && isBlank(current.RoleArn)) changes.push(['RoleArn', handoff.roleArn]);
  const sessionName = handoff.subject ? suggestRoleSessionName(handoff.subject) : undefined;
  if (sessionName && isBlank(current.RoleSessionName)) {
    changes.push(['RoleSessionName', sessionName]);
  }
  return changes;
}
