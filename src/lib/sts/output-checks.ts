import type { OutputRule, StringRule } from './output-shapes.ts';
import { operationDefinition, type OperationName } from './operations.ts';

/** One way an answer is not what STS sends. */
export interface OutputProblem {
  /** Where, in the SDK's output: "AssumedRoleUser.Arn". */
  path: string;
  /** Why, in words: "is 1,048,576 characters long; STS sends at most 2,048". */
  reason: string;
  /** The start of the value, safe to show as text; absent for secrets and non-text values. */
  excerpt?: string;
}

/** The verdict on an answer: fine, or what is wrong with it (at most MAX_PROBLEMS). */
export type OutputCheck = { ok: true } | { ok: false; problems: readonly OutputProblem[] };

export interface OutputCheckOptions {
  /** When STS issued the answer (its Date header, in STS's clock), if known. */
  issuedAt?: Date | undefined;
}

const MAX_PROBLEMS = 10;
const EXCERPT_LENGTH = 64;
const compiled = new Map<string, { whole: RegExp; one: RegExp }>();
const number = new Intl.NumberFormat('en-US');

function patternOf(source: string): { whole: RegExp; one: RegExp } {
  let found = compiled.get(source);
  if (!found) {
    // Every output pattern is `^[class]*$` or `^[class]+$`: one character is `^[class]$`.
    found = { whole: new RegExp(source), one: new RegExp(source.replace(/[*+]\$$/, '$')) };
    compiled.set(source, found);
  }
  return found;
}

/** Code points, without building an array of a megabyte. */
function codePointLength(value: string): number {
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

function hex(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function checkString(rule: StringRule, value: string): string | undefined {
  const max = rule.maxLength ?? rule.cap;
  // Smithy counts code points; the length comes first so no pattern ever runs over a megabyte.
  const length = codePointLength(value);
  if (max !== undefined && length > max) {
    const limit =
      rule.maxLength !== undefined ? 'STS sends at most' : 'the console accepts at most';
    return `is ${number.format(length)} characters long; ${limit} ${number.format(max)}`;
  }
  if (rule.minLength !== undefined && length < rule.minLength) {
    return `is ${number.format(length)} characters long; STS sends at least ${number.format(rule.minLength)}`;
  }
  if (rule.pattern !== undefined) {
    const { whole, one } = patternOf(rule.pattern);
    if (!whole.test(value)) {
      const bad = Array.from(value).find((c) => !one.test(c));
      return bad === undefined
        ? 'does not match the pattern STS’s model gives it'
        : `contains ${hex(bad)}, a character STS’s model does not allow here`;
    }
  }
  return undefined;
}

function checkDate(value: Date, expiration: boolean, issuedAt: Date | undefined) {
  const time = value.getTime();
  if (Number.isNaN(time) || value.getUTCFullYear() < 0 || value.getUTCFullYear() > 9999) {
    return 'is not a real date';
  }
  if (expiration && issuedAt !== undefined && !(time > issuedAt.getTime())) {
    return `is not after the time the answer was issued (${issuedAt.toISOString()})`;
  }
  return undefined;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function check(
  rule: OutputRule,
  value: unknown,
  path: string,
  options: OutputCheckOptions,
  problems: OutputProblem[],
): void {
  if (problems.length >= MAX_PROBLEMS) return;
  if (value === undefined || value === null) {
    if (rule.required) problems.push({ path, reason: 'is missing' });
    return;
  }
  if (rule.kind === 'structure') {
    if (!isRecord(value)) {
      problems.push({ path, reason: 'is not a structure' });
      return;
    }
    for (const [name, member] of Object.entries(rule.members)) {
      check(member, value[name], `${path}.${name}`, options, problems);
    }
    return;
  }
  let reason: string | undefined;
  if (rule.kind === 'string') {
    if (typeof value !== 'string') reason = 'is not text';
    else {
      reason = checkString(rule, value);
      if (reason !== undefined && rule.sensitive !== true) {
        problems.push({ path, reason, excerpt: displayExcerpt(value) });
        return;
      }
    }
  } else if (rule.kind === 'timestamp') {
    reason =
      value instanceof Date ? checkDate(value, rule.expiration, options.issuedAt) : 'is not a date';
  } else if (typeof value !== 'number' || !Number.isInteger(value) || value < rule.min) {
    reason = `is not a whole number of at least ${String(rule.min)}`;
  }
  if (reason !== undefined) problems.push({ path, reason });
}

/**
 * Pure: checks every member of an STS operation's output (as the SDK parsed it) against the
 * model's output shapes: lengths, patterns, real dates, an Expiration after the issue time.
 * Unknown members (`$metadata`) are ignored. Stops after ten problems.
 */
export function checkOutput(
  operation: OperationName,
  output: unknown,
  options: OutputCheckOptions = {},
): OutputCheck {
  if (!isRecord(output)) return { ok: false, problems: [{ path: '', reason: 'is not an answer' }] };
  const problems: OutputProblem[] = [];
  const rules: Readonly<Record<string, OutputRule | undefined>> =
    operationDefinition(operation).output;
  for (const [name, rule] of Object.entries(rules)) {
    if (rule) check(rule, output[name], name, options, problems);
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
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
