import type { OutputRule, StringRule } from './output-shapes.ts';
import { operationDefinition, type OperationName } from './operations.ts';
import { codePointLength, displayExcerpt, type OutputProblem } from './output-problems.ts';

/** The verdict on an answer: fine, or what is wrong with it (at most MAX_PROBLEMS). */
export type OutputCheck = { ok: true } | { ok: false; problems: readonly OutputProblem[] };

export interface OutputCheckOptions {
  /** When STS issued the answer (its Date header, in STS's clock), if known. */
  issuedAt?: Date | undefined;
}

const MAX_PROBLEMS = 10;
const number = new Intl.NumberFormat('en-US');
const compiled = new Map<string, { whole: RegExp; one: RegExp }>();

function patternOf(source: string): { whole: RegExp; one: RegExp } {
  let found = compiled.get(source);
  if (!found) {
    // Every output pattern is `^[class]*$` or `^[class]+$`: one character is `^[class]$`.
    found = { whole: new RegExp(source), one: new RegExp(source.replace(/[*+]\$$/, '$')) };
    compiled.set(source, found);
  }
  return found;
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
