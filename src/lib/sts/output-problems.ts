// What is wrong with an answer outside STS's model, in words: small, because a failure on the
// first screen needs it; the checks themselves (output-checks.ts) load with the SDK.

/** One way an answer is not what STS sends. */
export interface OutputProblem {
  /** Where, in the SDK's output: "AssumedRoleUser.Arn". */
  path: string;
  /** Why, in words: "is 1,048,576 characters long; STS sends at most 2,048". */
  reason: string;
  /** The start of the value, safe to show as text; absent for secrets and non-text values. */
  excerpt?: string;
}

const EXCERPT_LENGTH = 64;
const number = new Intl.NumberFormat('en-US');

/** Code points, without building an array of a megabyte. */
export function codePointLength(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    count++;
  }
  return count;
}

/** Pure: the start of an untrusted value as plain, one-line, direction-neutral text. */
export function displayExcerpt(value: string, length = EXCERPT_LENGTH): string {
  const head = Array.from(value.slice(0, length * 2)).slice(0, length);
  // Controls, format characters (bidi overrides and isolates), separators, lone surrogates.
  const safe = head.join('').replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, '\uFFFD');
  const total = codePointLength(value);
  return total > head.length ? `${safe}… (${number.format(total)} characters)` : safe;
}

/** Pure: the problems in one paragraph: "AssumedRoleUser.Arn is … long; …". */
export function describeOutputProblems(problems: readonly OutputProblem[]): string {
  return problems
    .map(
      (p) =>
        `${p.path === '' ? 'The answer' : p.path} ${p.reason}${p.excerpt === undefined ? '' : ` (it starts “${p.excerpt}”)`}.`,
    )
    .join(' ');
}

/** Thrown by runOperation for an answer outside STS's model: nothing of it is kept or shown. */
export class OutOfSpecAnswerError extends Error {
  override readonly name = 'OutOfSpecAnswerError';
  readonly problems: readonly OutputProblem[];

  constructor(problems: readonly OutputProblem[]) {
    super(describeOutputProblems(problems));
    this.problems = problems;
  }
}
