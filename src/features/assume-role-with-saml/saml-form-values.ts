import { decodeSamlResponse, type SamlRolePair } from '../../lib/decoders/saml.ts';
import { normalizeSamlInput } from '../../lib/decoders/saml-input.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { assumeRoleWithSamlSchema } from '../../lib/sts/schemas/assume-role-with-saml-schema.ts';
import { whenObject } from '../../lib/sts/schemas/cross-field.ts';

const MIN_DURATION = 900;
const MAX_DURATION = 43_200;

/** The form values a picked role/provider pair fills in. */
export function rolePairValues(pair: SamlRolePair): { RoleArn: string; PrincipalArn: string } {
  return { RoleArn: pair.roleArn, PrincipalArn: pair.providerArn };
}

/** The pair the form currently names, if it is one of the assertion's. */
export function pickedPairIndex(
  pairs: readonly SamlRolePair[],
  roleArn: unknown,
  principalArn: unknown,
): number {
  return pairs.findIndex((p) => p.roleArn === roleArn && p.providerArn === principalArn);
}

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * The pair to pick for the user: the assertion's only one, while Role ARN and Principal ARN are
 * both empty (never over what the user typed, and no guessing among several).
 */
export function preselectedPair(
  pairs: readonly SamlRolePair[],
  roleArn: unknown,
  principalArn: unknown,
): SamlRolePair | undefined {
  return pairs.length === 1 && blank(roleArn) && blank(principalArn) ? pairs[0] : undefined;
}

/**
 * The duration to propose from the assertion's SessionDuration attribute: within what STS accepts
 * (900..43,200), or undefined when the attribute is missing.
 */
export function defaultDurationFrom(sessionDuration: number | undefined): number | undefined {
  if (sessionDuration === undefined) return undefined;
  return Math.min(MAX_DURATION, Math.max(MIN_DURATION, sessionDuration));
}

/** A warning when the duration asks for more than the identity provider's SessionDuration allows. */
export function durationOverSessionDuration(
  duration: unknown,
  sessionDuration: number | undefined,
): string | undefined {
  if (typeof duration !== 'number' || !Number.isInteger(duration)) return undefined;
  if (sessionDuration === undefined || duration <= sessionDuration) return undefined;
  const cap = defaultDurationFrom(sessionDuration) ?? sessionDuration;
  return `Longer than the assertion's SessionDuration (${sessionDuration.toLocaleString('en-US')} seconds): your identity provider grants at most that; use ${cap.toLocaleString('en-US')} or less`;
}

/** The pasted SAMLResponse (XML, base64 or form value) as the base64 STS expects. */
export function samlAssertionForCall(paste: string): Result<string> {
  const normalized = normalizeSamlInput(paste);
  return normalized.ok ? ok(normalized.value.base64) : err(normalized.error);
}

/** The model's AssumeRoleWithSAML schema, plus: the paste must decode (DTDs refused, size capped), said at the field. */
export const samlFormSchema = assumeRoleWithSamlSchema.superRefine((values, context) => {
  const paste: unknown = values.SAMLAssertion;
  if (typeof paste !== 'string' || paste.trim() === '') return;
  const decoded = decodeSamlResponse(paste);
  if (!decoded.ok) {
    context.addIssue({
      code: 'custom',
      path: ['SAMLAssertion'],
      message: decoded.error,
      input: paste,
    });
  }
}, whenObject);
