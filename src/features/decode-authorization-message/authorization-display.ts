import { findEncodedAuthorizationMessage } from '../../lib/decoders/authorization-message.ts';
import type {
  AuthorizationCondition,
  DecodedAuthorizationMessage,
} from '../../lib/decoders/decoded-authorization-message.ts';

/** The answer in one line, and what it means. */
export interface Verdict {
  tone: 'allowed' | 'explicit-deny' | 'implicit-deny';
  headline: string;
  explanation: string;
}

/** Pure: allowed, explicitly denied, or denied because nothing allowed it. */
export function verdictOf(message: DecodedAuthorizationMessage): Verdict {
  if (message.explicitDeny) {
    return {
      tone: 'explicit-deny',
      headline: 'Explicitly denied',
      explanation:
        'A Deny statement matched the request, and no Allow can override an explicit Deny. The matched statements below show which one.',
    };
  }
  if (message.allowed) {
    return {
      tone: 'allowed',
      headline: 'Allowed',
      explanation: 'The policies evaluated for this request allowed it.',
    };
  }
  return {
    tone: 'implicit-deny',
    headline: 'Denied: nothing allowed it',
    explanation:
      'No statement denied the request, but no statement allowed it either (an implicit deny). Add an Allow for this action on this resource, for this principal and these condition values.',
  };
}

/** Pure: the request's condition keys, sorted by key (case-insensitive) for reading. */
export function conditionRows(
  conditions: readonly AuthorizationCondition[],
): AuthorizationCondition[] {
  return [...conditions].sort((a, b) => a.key.localeCompare(b.key, 'en', { sensitivity: 'base' }));
}

/** Pure: the raw document, indented for reading. */
export function prettyJson(raw: unknown): string {
  return JSON.stringify(raw, null, 2);
}

/** What to do with the text in the encoded-message field. */
export type MessageExtraction =
  | { kind: 'empty' }
  | { kind: 'as-is' }
  | { kind: 'replace'; message: string; fromErrorText: boolean }
  | { kind: 'not-found'; error: string };

/**
 * Pure: whether the field holds a message as is, or a whole error text (or padded message) the
 * message should be taken out of.
 */
export function extractionFor(text: string): MessageExtraction {
  if (text.trim() === '') return { kind: 'empty' };
  const found = findEncodedAuthorizationMessage(text);
  if (!found.ok) return { kind: 'not-found', error: found.error };
  if (found.value === text) return { kind: 'as-is' };
  return { kind: 'replace', message: found.value, fromErrorText: found.value !== text.trim() };
}

/** Actions whose denial may be a missing MFA that the caller supplies in the request itself. */
const MFA_IN_REQUEST = new Set(['sts:AssumeRole', 'sts:GetSessionToken']);

/**
 * Pure: when a denied request carried aws:MultiFactorAuthPresent false (or, signed with a user's
 * long-term keys, no such key at all), the MFA fields are the likely next step.
 */
export function mfaHint(message: DecodedAuthorizationMessage): string | undefined {
  if (message.allowed || message.action === undefined || !MFA_IN_REQUEST.has(message.action)) {
    return undefined;
  }
  const key = message.conditions.find((c) => c.key.toLowerCase() === 'aws:multifactorauthpresent');
  const noMfa =
    key === undefined
      ? /:user\//.test(message.principal.arn ?? '')
      : key.values.some((v) => v.toLowerCase() === 'false');
  if (!noMfa) return undefined;
  const page = message.action === 'sts:AssumeRole' ? 'AssumeRole' : 'GetSessionToken';
  return `The request carried no MFA (aws:MultiFactorAuthPresent ${key === undefined ? 'absent' : 'false'}). If the policy requires MFA, fill in MFA serial number and MFA code on the ${page} page and send again.`;
}
