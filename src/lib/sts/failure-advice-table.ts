/**
 * The next step for each STS error code, by operation where the step differs. Every label named
 * here is one the console shows (field labels, "Sign with", "Trust policy check", the endpoint
 * settings in the top bar); no markup, no backticks.
 */
import type { AdviceContext, FailureAdvice } from './failure-advice-types.ts';
import type { StsFailure } from './sts-failure.ts';

export type Advisor = (
  f: StsFailure,
  c: AdviceContext,
) => Omit<FailureAdvice, 'title'> & { title?: string };

/** Calls STS answers without a signature: their caller has no credentials to decode a message with. */
const UNSIGNED = new Set(['AssumeRoleWithWebIdentity', 'AssumeRoleWithSAML']);
const ENDPOINT_SETTINGS = 'the endpoint settings in the top bar';
const RETRY = 'Retry in a moment; your inputs are kept.';

function accessDenied(f: StsFailure, c: AdviceContext): ReturnType<Advisor> {
  const role = c.roleArn ?? 'the role';
  if (/invalid MFA one time pass code/i.test(f.message)) {
    return {
      title: 'Wrong MFA code',
      explanation: f.message || 'STS did not accept the code in MFA code.',
      nextStep:
        'Check the code and your device’s clock (codes change every 30 seconds and depend on the time), then wait for the next code, enter it in MFA code and send again.',
    };
  }
  if (/MultiFactorAuthentication failed/i.test(f.message)) {
    return {
      title: 'MFA device not recognised',
      explanation: f.message,
      nextStep:
        'Check MFA serial number: it must be the ARN of an MFA device of the user whose keys sign the call (arn:aws:iam::ACCOUNT:mfa/NAME).',
    };
  }
  if (UNSIGNED.has(c.operation)) {
    return {
      title: 'Not allowed by the role’s trust policy',
      explanation: f.message || 'STS refused the call.',
      nextStep: `Open Trust policy check under the form and paste the trust policy of ${role}: it shows which statement and condition refuse this request, with the value it expects and the value you sent, and drafts a change. (Decoding the authorization message needs credentials in the role’s account.)`,
    };
  }
  if (c.operation === 'AssumeRole') {
    return {
      title: 'Not allowed to assume the role',
      explanation: f.message || 'STS refused the call.',
      nextStep: `Open Trust policy check under the form and paste the trust policy of ${role}: it checks the signer, External ID and the MFA fields against it (a role that requires MFA needs MFA serial number and MFA code). The signer also needs sts:AssumeRole on the role in its own policies.`,
    };
  }
  if (c.operation === 'DecodeAuthorizationMessage') {
    return {
      title: 'Not allowed to decode',
      explanation: f.message || 'STS refused the call.',
      nextStep:
        'Sign with credentials whose policies allow sts:DecodeAuthorizationMessage, in the account where the denial happened.',
    };
  }
  return {
    title: 'Access denied',
    explanation: f.message || 'STS refused the call.',
    nextStep: f.encodedAuthorizationMessage
      ? 'Decode the authorization message below to see which statement denied it.'
      : 'Check the IAM policies of the identity that signed the call (Sign with).',
  };
}

function validationError(f: StsFailure): ReturnType<Advisor> {
  if (/role chaining/i.test(f.message)) {
    return {
      title: 'Role chaining allows 1 hour at most',
      explanation: f.message,
      nextStep:
        'Ask for 3600 seconds or less in Duration (seconds): a role session that assumes a role gets at most 1 hour, whatever the role’s maximum.',
    };
  }
  if (/MaxSessionDuration/i.test(f.message)) {
    return {
      title: 'Longer than the role allows',
      explanation: f.message,
      nextStep:
        'Ask for less in Duration (seconds), or raise the role’s maximum session duration in IAM.',
    };
  }
  if (/source identity/i.test(f.message)) {
    return {
      title: 'Source identity refused',
      explanation: f.message,
      nextStep:
        'Leave Source identity empty or give the one the session already carries; it cannot start with aws:.',
    };
  }
  return {
    title: 'STS rejected an input',
    explanation: f.message,
    nextStep: 'Correct the field the message names and send again.',
  };
}

function expiredTokenException(f: StsFailure, c: AdviceContext): ReturnType<Advisor> {
  if (c.operation === 'AssumeRoleWithSAML') {
    return {
      title: 'The SAML response has expired',
      explanation: f.message || 'The assertion is past its NotOnOrAfter time.',
      nextStep:
        'Sign in at your identity provider again and paste the fresh SAML response: assertions are valid for minutes only.',
    };
  }
  if (c.operation === 'AssumeRoleWithWebIdentity') {
    return {
      title: 'The token has expired',
      explanation: f.message || 'The web identity token is past its expiry.',
      nextStep: 'Get a fresh token from your identity provider and paste it again.',
    };
  }
  return expiredSigner();
}

function expiredSigner(): ReturnType<Advisor> {
  return {
    title: 'The signing credentials have expired',
    explanation: 'The session token of the credentials that signed this call is expired.',
    nextStep:
      'Pick other credentials in Sign with, or get new ones (Run again on the expired set in the wallet).',
  };
}

function invalidIdentityToken(f: StsFailure, c: AdviceContext): ReturnType<Advisor> {
  if (c.operation === 'AssumeRoleWithSAML') {
    return {
      title: 'STS refused the SAML response',
      explanation: f.message,
      nextStep:
        'Check that Principal ARN (SAML provider) names the IAM SAML provider whose metadata (certificate) matches your identity provider, and that the response was pasted whole.',
    };
  }
  if (/audience/i.test(f.message)) {
    const aud = c.tokenAudience ? ` "${c.tokenAudience}"` : '';
    return {
      title: 'Incorrect token audience',
      explanation: `The token’s audience${aud} is not a client ID registered for its identity provider in IAM.`,
      nextStep: `Add${aud || ' the audience'} as a client ID of the IAM OIDC provider, or get a token issued for the right client${c.roleArn ? `, then assume ${c.roleArn} again` : ''}.`,
    };
  }
  return {
    title: 'Invalid identity token',
    explanation: f.message,
    nextStep: c.tokenIssuer
      ? `Check that an IAM OIDC provider exists for ${c.tokenIssuer} and that the token is intact (not truncated).`
      : 'Check the token is complete and issued by a provider registered in IAM.',
  };
}

/** Error code → advisor. Codes come from the STS model, STS's common errors and the sandbox. */
export const advisors: Readonly<Record<string, Advisor>> = {
  AccessDenied: accessDenied,
  ValidationError: validationError,
  InvalidIdentityToken: invalidIdentityToken,
  ExpiredTokenException: expiredTokenException,
  ExpiredToken: expiredSigner,
  IDPRejectedClaim: (f, c) => ({
    title: 'The identity provider’s claim was rejected',
    explanation: f.message,
    nextStep:
      c.operation === 'AssumeRoleWithSAML'
        ? 'Sign in at your identity provider again; check that its Role attribute lists this role and SAML provider pair.'
        : 'Get a fresh token: the provider reports the claim invalid, expired or revoked.',
  }),
  IDPCommunicationError: (f) => ({
    title: 'STS could not reach the identity provider',
    explanation: f.message,
    nextStep:
      'Make sure the issuer’s discovery document and JWKS are reachable from the internet over HTTPS, then retry.',
  }),
  MalformedPolicyDocument: (f) => ({
    title: 'The session policy is not valid',
    explanation: f.message,
    nextStep: 'Fix the JSON or the policy grammar in Session policy (JSON).',
  }),
  PackedPolicyTooLarge: (f, c) => ({
    title: 'Session policies and tags are too large',
    explanation: f.message,
    nextStep: UNSIGNED.has(c.operation)
      ? 'Shorten Session policy (JSON) or pass fewer Policy ARNs; session tags from the token or assertion count too.'
      : 'Shorten Session policy (JSON), pass fewer Policy ARNs, or fewer and shorter session tags.',
  }),
  RegionDisabledException: (f) => ({
    title: 'STS is not activated in this region',
    explanation: f.message,
    nextStep: `Activate the region for STS in IAM account settings, or choose another region in ${ENDPOINT_SETTINGS}.`,
  }),
  InvalidClientTokenId: () => ({
    title: 'Unknown access key',
    explanation: 'STS does not know the access key ID (or session token) that signed the call.',
    nextStep: 'Check the key was copied whole and belongs to this partition and endpoint.',
  }),
  SignatureDoesNotMatch: (f) => ({
    title: 'Signature does not match',
    explanation: f.message,
    nextStep: /expired|skew|not yet current/i.test(f.message)
      ? 'Your computer’s clock is off: correct it and retry.'
      : 'The secret access key does not belong to the access key ID. Paste the pair again.',
  }),
  IncompleteSignature: (f) => ({
    title: 'The signature is incomplete',
    explanation: f.message,
    nextStep: 'Add the signing credentials again (Sign with); the request was not signed whole.',
  }),
  MissingAuthenticationToken: () => ({
    title: 'The call was not signed',
    explanation: 'This operation needs credentials.',
    nextStep: 'Pick credentials in Sign with, or add keys there.',
  }),
  InvalidParameterValue: (f) => ({
    title: 'STS rejected a parameter',
    explanation: f.message,
    nextStep: 'Correct the field the message names and send again.',
  }),
  MalformedInput: (f) => ({
    title: 'STS could not read the request',
    explanation: f.message,
    nextStep: `Check the endpoint in ${ENDPOINT_SETTINGS} is an STS endpoint.`,
  }),
  InvalidAction: (f) => ({
    title: 'The endpoint does not know this operation',
    explanation: f.message,
    nextStep: `Pick an endpoint that implements this operation in ${ENDPOINT_SETTINGS}.`,
  }),
  Throttling: () => ({
    title: 'STS is throttling you',
    explanation: 'Too many requests; the SDK retried and gave up.',
    nextStep: 'Wait a few seconds and send again.',
  }),
  InvalidAuthorizationMessageException: () => ({
    title: 'Not a valid authorization message',
    explanation: 'STS could not decode this message.',
    nextStep: 'Paste the whole encoded message from the error text, unchanged.',
  }),
  ExpiredTradeInTokenException: () => ({
    title: 'The trade-in token has expired',
    explanation: 'Delegated access tokens are short-lived.',
    nextStep: 'Ask for a new trade-in token and send again.',
  }),
  OutboundWebIdentityFederationDisabledException: () => ({
    title: 'Outbound identity federation is off',
    explanation: 'This account has not enabled GetWebIdentityToken.',
    nextStep: 'Enable outbound web identity federation in IAM account settings.',
  }),
  SessionDurationEscalationException: (f) => ({
    title: 'Duration longer than your session',
    explanation: f.message,
    nextStep: 'Ask for a shorter token duration than your remaining session.',
  }),
  JWTPayloadSizeExceededException: (f) => ({
    title: 'The token would be too large',
    explanation: f.message,
    nextStep: 'Use fewer audiences or tags.',
  }),
  InternalFailure: () => ({
    title: 'STS had an internal error',
    explanation: 'The service failed to answer (HTTP 500).',
    nextStep: RETRY,
  }),
  ServiceUnavailable: () => ({
    title: 'STS is unavailable',
    explanation: 'The service is temporarily unavailable (HTTP 503).',
    nextStep: RETRY,
  }),
};
