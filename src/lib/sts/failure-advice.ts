import { describeOutputProblems } from './output-checks.ts';
import type { NotStsAnswer } from './sts-body.ts';
import type { StsFailure } from './sts-failure.ts';

/** What a person needs to hear about a failure: what happened and what to do next. */
export interface FailureAdvice {
  title: string;
  explanation: string;
  nextStep: string;
}

export interface AdviceContext {
  operation: string;
  endpointUrl: string;
  roleArn?: string | undefined;
  /** The audience of the pasted web identity token, if there is one. */
  tokenAudience?: string | undefined;
  tokenIssuer?: string | undefined;
  /** From diagnoseNetworkFailure: the endpoint answered, but without CORS headers. */
  networkCause?: 'unreachable' | 'cors' | undefined;
}

type Advisor = (
  f: StsFailure,
  c: AdviceContext,
) => Omit<FailureAdvice, 'title'> & { title?: string };

const advisors: Readonly<Record<string, Advisor>> = {
  AccessDenied: (f, c) => ({
    title: 'Access denied',
    explanation: f.message || 'STS refused the call.',
    nextStep: f.encodedAuthorizationMessage
      ? 'Decode the authorization message below to see which statement denied it.'
      : c.operation.startsWith('AssumeRole')
        ? `Check the trust policy of ${c.roleArn ?? 'the role'}: it must allow this principal (and its conditions must match).`
        : 'Check the IAM policies of the identity that signed the call.',
  }),
  ValidationError: (f) => ({
    title: 'STS rejected an input',
    explanation: f.message,
    nextStep: 'Correct the field the message names and send again.',
  }),
  InvalidIdentityToken: (f, c) =>
    /audience/i.test(f.message)
      ? {
          title: 'Incorrect token audience',
          explanation: `The token's audience${c.tokenAudience ? ` "${c.tokenAudience}"` : ''} is not a client ID registered for its identity provider in IAM.`,
          nextStep: `Add${c.tokenAudience ? ` "${c.tokenAudience}"` : ' the audience'} as a client ID of the IAM OIDC provider, or get a token issued for the right client${c.roleArn ? `, then assume ${c.roleArn} again` : ''}.`,
        }
      : {
          title: 'Invalid identity token',
          explanation: f.message,
          nextStep: c.tokenIssuer
            ? `Check that an IAM OIDC provider exists for ${c.tokenIssuer} and that the token is intact (not truncated).`
            : 'Check the token is complete and issued by a provider registered in IAM.',
        },
  ExpiredTokenException: (f) => ({
    title: 'The token has expired',
    explanation: f.message || 'The web identity token or SAML assertion is past its expiry.',
    nextStep: 'Get a fresh token from your identity provider and paste it again.',
  }),
  ExpiredToken: () => ({
    title: 'The signing credentials have expired',
    explanation: 'The session token of the credentials that signed this call is expired.',
    nextStep: 'Pick other credentials as signer, or get new ones (Run again on the expired set).',
  }),
  IDPRejectedClaim: (f) => ({
    title: 'The identity provider’s claim was rejected',
    explanation: f.message,
    nextStep: 'Check the role’s trust policy conditions against the token’s claims.',
  }),
  IDPCommunicationError: (f) => ({
    title: 'STS could not reach the identity provider',
    explanation: f.message,
    nextStep:
      'Make sure the issuer’s discovery document and JWKS are reachable from AWS, then retry.',
  }),
  MalformedPolicyDocument: (f) => ({
    title: 'The session policy is not valid',
    explanation: f.message,
    nextStep: 'Fix the JSON or the policy grammar in the session policy field.',
  }),
  PackedPolicyTooLarge: (f) => ({
    title: 'Session policies and tags are too large',
    explanation: f.message,
    nextStep: 'Shorten the session policy, pass fewer policy ARNs or fewer/shorter tags.',
  }),
  RegionDisabledException: (f) => ({
    title: 'STS is not activated in this region',
    explanation: f.message,
    nextStep: 'Activate the region for STS in IAM account settings, or choose another region.',
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
  MissingAuthenticationToken: () => ({
    title: 'The call was not signed',
    explanation: 'This operation needs credentials.',
    nextStep: 'Pick a signer in the credentials picker.',
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
    nextStep: 'Retry in a moment; your inputs are kept.',
  }),
  ServiceUnavailable: () => ({
    title: 'STS is unavailable',
    explanation: 'The service is temporarily unavailable (HTTP 503).',
    nextStep: 'Retry in a moment; your inputs are kept.',
  }),
};

/** What to check when an endpoint answers with something that is not STS XML. */
function notStsNextStep(answer: NotStsAnswer): string {
  if (answer.what === 'JSON') {
    return 'STS answers in XML (the Query protocol): check that the endpoint URL in Settings is an STS endpoint, not another service or API.';
  }
  if (answer.what === 'HTML' && answer.httpStatus >= 500) {
    return 'Something in front of STS (a proxy, gateway or web server) answered instead: check that the endpoint URL in Settings points at the STS service itself and that it is running, then retry.';
  }
  if (answer.what === 'HTML') {
    return 'This URL serves web pages, not STS: check the endpoint URL in Settings (the path too).';
  }
  return 'Check that the endpoint URL in Settings is an STS endpoint (or an emulator that speaks STS’s Query protocol).';
}

function notStsAdvice(answer: NotStsAnswer, endpointUrl: string): FailureAdvice {
  const type = answer.contentType === '' ? 'no Content-Type' : `Content-Type ${answer.contentType}`;
  const says = answer.excerpt === '' ? '' : ` It says: “${answer.excerpt}”`;
  return {
    title: 'Not an STS answer',
    explanation: `${endpointUrl} answered HTTP ${String(answer.httpStatus)} with ${answer.what} (${type}), not an STS answer.${answer.detail === undefined ? '' : ` ${answer.detail}`}${says}`,
    nextStep: notStsNextStep(answer),
  };
}

/** Pure: a person's sentence and a next step for any failure. */
export function adviseOnFailure(failure: StsFailure, context: AdviceContext): FailureAdvice {
  if (failure.kind === 'aborted') {
    return { title: 'Cancelled', explanation: failure.message, nextStep: 'Send again when ready.' };
  }
  if (failure.kind === 'not-sts' && failure.notSts) {
    return notStsAdvice(failure.notSts, context.endpointUrl);
  }
  if (failure.kind === 'out-of-spec') {
    return {
      title: 'The answer is outside what STS sends',
      explanation: `${context.endpointUrl} answered, but ${describeOutputProblems(failure.problems ?? [])} Nothing of this answer was kept.`,
      nextStep:
        'Check that the endpoint is STS or a faithful emulator: a broken or hostile endpoint can send anything, and the console shows it only as text.',
    };
  }
  if (failure.kind === 'network') {
    return context.networkCause === 'cors'
      ? {
          title: 'Blocked by CORS',
          explanation: `${context.endpointUrl} answered, but without CORS headers that allow this page, so the browser hid the answer.`,
          nextStep:
            'Use an endpoint that allows cross-origin requests from this origin (AWS STS and the sandbox do), or configure CORS on your custom endpoint.',
        }
      : {
          title: 'Cannot reach the endpoint',
          explanation: `No answer from ${context.endpointUrl}.`,
          nextStep:
            'Check the endpoint in Settings and your network; for the local sandbox, make sure `npm start` is running.',
        };
  }
  const advisor = advisors[failure.code];
  if (advisor) {
    const advice = advisor(failure, context);
    return { title: advice.title ?? failure.code, ...advice };
  }
  return {
    title: failure.code,
    explanation: failure.message || 'The call failed.',
    nextStep:
      failure.httpStatus !== undefined && failure.httpStatus >= 500
        ? 'Retry in a moment; your inputs are kept.'
        : 'Check the inputs against the message and send again.',
  };
}
