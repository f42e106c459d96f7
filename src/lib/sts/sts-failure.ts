import { OutOfSpecAnswerError, type OutputProblem } from './output-problems.ts';
import type { NotStsAnswer } from './sts-body.ts';

/** A failed call, normalised from whatever the SDK or the browser threw. */
export interface StsFailure {
  /** 'not-sts': the endpoint answered, but not with STS XML; 'out-of-spec': STS XML outside the model. */
  kind: 'sts' | 'network' | 'aborted' | 'client' | 'not-sts' | 'out-of-spec';
  /** STS error code (e.g. AccessDenied), or a console code for non-STS failures. */
  code: string;
  message: string;
  httpStatus?: number | undefined;
  requestId?: string | undefined;
  /** The encoded authorization message an AccessDenied carried, if any. */
  encodedAuthorizationMessage?: string | undefined;
  /** For 'not-sts': what came instead (content type, a text excerpt). */
  notSts?: NotStsAnswer | undefined;
  /** For 'out-of-spec': what in the answer is outside STS's model. */
  problems?: readonly OutputProblem[] | undefined;
}

/** Pure: the failure for an answer checkOutput refused; nothing of it reaches the wallet. */
export function outOfSpecFailure(problems: readonly OutputProblem[]): StsFailure {
  return {
    kind: 'out-of-spec',
    code: 'OutOfSpecAnswer',
    message: 'The endpoint’s answer is outside what STS sends.',
    problems,
  };
}

interface SdkLikeError {
  name?: unknown;
  answer?: NotStsAnswer;
  message?: unknown;
  Code?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown; requestId?: unknown };
}

const ENCODED_MESSAGE = /Encoded authorization failure message:\s*([A-Za-z0-9_\-+/=]+)/;

/** Turns anything a call threw into an StsFailure. Never throws. */
export function toStsFailure(error: unknown): StsFailure {
  if (typeof error !== 'object' || error === null) {
    return { kind: 'client', code: 'UnknownError', message: String(error) };
  }
  const e = error as SdkLikeError;
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const message = typeof e.message === 'string' ? e.message : '';
  if (name === 'AbortError') {
    return { kind: 'aborted', code: 'Cancelled', message: 'You cancelled the request.' };
  }
  if (error instanceof OutOfSpecAnswerError) return outOfSpecFailure(error.problems);
  if (name === 'NotStsAnswerError' && typeof e.answer === 'object') {
    return {
      kind: 'not-sts',
      code: 'NotStsAnswer',
      message,
      httpStatus: e.answer.httpStatus,
      notSts: e.answer,
    };
  }
  const status = e.$metadata?.httpStatusCode;
  const requestId = e.$metadata?.requestId;
  if (e.$fault === 'client' || e.$fault === 'server' || typeof status === 'number') {
    const code = typeof e.Code === 'string' ? e.Code : name;
    return {
      kind: 'sts',
      code,
      message,
      httpStatus: typeof status === 'number' ? status : undefined,
      requestId: typeof requestId === 'string' ? requestId : undefined,
      encodedAuthorizationMessage: ENCODED_MESSAGE.exec(message)?.[1],
    };
  }
  if (name === 'TypeError' && /fetch|network|load failed/i.test(message)) {
    return { kind: 'network', code: 'NetworkError', message };
  }
  return { kind: 'client', code: name, message };
}
