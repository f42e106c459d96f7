import { advisors } from './failure-advice-table.ts';
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

/** Pure: a person's sentence and a next step for any failure. */
export function adviseOnFailure(failure: StsFailure, context: AdviceContext): FailureAdvice {
  if (failure.kind === 'aborted') {
    return { title: 'Cancelled', explanation: failure.message, nextStep: 'Send again when ready.' };
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
