import { blockedOrigin } from '../csp/connect-src.ts';
import { describeOutputProblems } from './output-problems.ts';
import type { NotStsAnswer } from './sts-body.ts';
import { advisors } from './failure-advice-table.ts';
import type { AdviceContext, FailureAdvice } from './failure-advice-types.ts';
import type { StsFailure } from './sts-failure.ts';

export type { AdviceContext, FailureAdvice } from './failure-advice-types.ts';

/** What to check when an endpoint answers with something that is not STS XML. */
function notStsNextStep(answer: NotStsAnswer): string {
  if (answer.what === 'JSON') {
    return 'STS answers in XML (the Query protocol): check that the endpoint URL in the endpoint settings (top bar) is an STS endpoint, not another service or API.';
  }
  if (answer.what === 'HTML' && answer.httpStatus >= 500) {
    return 'Something in front of STS (a proxy, gateway or web server) answered instead: check that the endpoint URL in the endpoint settings (top bar) points at the STS service itself and that it is running, then retry.';
  }
  if (answer.what === 'HTML') {
    return 'This URL serves web pages, not STS: check the endpoint URL in the endpoint settings (top bar) (the path too).';
  }
  return 'Check that the endpoint URL in the endpoint settings (top bar) is an STS endpoint (or an emulator that speaks STS’s Query protocol).';
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
  if (failure.kind === 'network' && context.networkCause === 'csp') {
    const blocked = blockedOrigin(context.endpointUrl);
    return {
      title: 'Blocked by this page’s Content-Security-Policy',
      explanation: `${blocked.problem} The call never left the browser.`,
      nextStep: blocked.fix,
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
            'Check the endpoint in the endpoint settings in the top bar and your network; for the local sandbox, make sure npm start is running.',
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
