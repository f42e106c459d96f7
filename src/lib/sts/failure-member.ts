import type { StsFailure } from './sts-failure.ts';

/** The form field an STS error is about, and what to say there. */
export interface FailedMember {
  /** The form path, as the SDK spells members: "RoleArn", "Tags.0.Value", "PolicyArns.1.arn". */
  path: string;
  message: string;
}

/** Nested members as the SDK spells them (STS's messages write them in camelCase). */
const NESTED_MEMBERS = ['Key', 'Value', 'arn', 'ProviderArn', 'ContextAssertion'];

/**
 * STS's ValidationError names a member in camelCase with 1-based list indexes and a `member`
 * segment: "tags.1.member.value". The form path is "Tags.0.Value", spelled as the input spells it.
 */
function formPath(wirePath: string, sentMembers: readonly string[]): string | undefined {
  const segments = wirePath.split('.').filter((s) => s !== 'member');
  const [head, ...rest] = segments;
  const top = sentMembers.find((m) => m.toLowerCase() === head?.toLowerCase());
  if (top === undefined) return undefined;
  const tail = rest.map((segment) =>
    /^\d+$/.test(segment)
      ? String(Number(segment) - 1)
      : (NESTED_MEMBERS.find((m) => m.toLowerCase() === segment.toLowerCase()) ?? segment),
  );
  return [top, ...tail].join('.');
}

const CONSTRAINT = /at '([\w.]+)' failed to satisfy constraint: ([^;]+)/;

/** A member named in the message in the input's own spelling ("DurationSeconds exceeds…"). */
function namedMember(message: string, members: readonly string[]): string | undefined {
  const byLength = [...members].sort((a, b) => b.length - a.length);
  return byLength.find((m) => new RegExp(`\\b${m}\\b`, 'i').test(message));
}

function firstPresent(members: readonly string[], candidates: readonly string[]) {
  return candidates.find((c) => members.includes(c));
}

/**
 * Pure: the input member an STS error is about, when the error says or its code implies it
 * (ValidationError's "at 'roleArn'", a malformed policy, a rejected token, a wrong MFA code…).
 * `members` are the input's members that exist on the page; the answer is always one of them.
 */
export function failedMember(
  failure: StsFailure,
  members: readonly string[],
): FailedMember | undefined {
  if (failure.kind !== 'sts') return undefined;
  const message = failure.message.trim();
  const at = (path: string | undefined) => (path === undefined ? undefined : { path, message });
  const constraint = CONSTRAINT.exec(message);
  if (constraint?.[1] && (failure.code === 'ValidationError' || /^Invalid/.test(failure.code))) {
    const path = formPath(constraint[1], members);
    if (path !== undefined) return { path, message: `STS: ${constraint[2]?.trim() ?? message}` };
  }
  switch (failure.code) {
    case 'MalformedPolicyDocument':
      return at(firstPresent(members, ['Policy', 'TaskPolicyArn']));
    case 'PackedPolicyTooLarge':
      return at(firstPresent(members, ['Policy', 'Tags', 'PolicyArns']));
    case 'IDPRejectedClaim':
    case 'InvalidIdentityToken':
    case 'ExpiredTokenException':
    case 'IDPCommunicationError':
      return at(firstPresent(members, ['WebIdentityToken', 'SAMLAssertion']));
    case 'InvalidAuthorizationMessageException':
      return at(firstPresent(members, ['EncodedMessage']));
    case 'ExpiredTradeInTokenException':
      return at(firstPresent(members, ['TradeInToken']));
    case 'SessionDurationEscalationException':
      return at(firstPresent(members, ['DurationSeconds']));
    case 'AccessDenied':
      return /MultiFactorAuthentication failed with invalid MFA/i.test(message)
        ? at(firstPresent(members, ['TokenCode']))
        : /MultiFactorAuthentication failed/i.test(message)
          ? at(firstPresent(members, ['SerialNumber']))
          : undefined;
    default:
      return failure.code === 'ValidationError' || /^Invalid/.test(failure.code)
        ? at(namedMember(message, members))
        : undefined;
  }
}
