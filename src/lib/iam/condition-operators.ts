/** IAM condition operators: one Condition key of one statement against the request's values. */
import type { ConditionVerdict, PolicyCondition } from './trust-policy-types.ts';
import { matchesArn, matchesWildcard } from './wildcard.ts';

type Compare = (actual: string, expected: string) => boolean;

const num = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s));
/** Date condition values are ISO 8601 dates or epoch seconds. */
const date = (s: string): number => (/^\d+$/.test(s) ? Number(s) * 1000 : Date.parse(s));
const numeric = (test: (a: number, e: number) => boolean, read: (s: string) => number): Compare => {
  return (a, e) => {
    const x = read(a);
    const y = read(e);
    return !Number.isNaN(x) && !Number.isNaN(y) && test(x, y);
  };
};
const eq = (a: number, e: number) => a === e;
const lt = (a: number, e: number) => a < e;
const le = (a: number, e: number) => a <= e;
const gt = (a: number, e: number) => a > e;
const ge = (a: number, e: number) => a >= e;

/** The positive comparison of each base operator; "Not" operators negate a positive one. */
const POSITIVE: Readonly<Record<string, Compare>> = {
  StringEquals: (a, e) => a === e,
  StringEqualsIgnoreCase: (a, e) => a.toLowerCase() === e.toLowerCase(),
  StringLike: (a, e) => matchesWildcard(e, a),
  NumericEquals: numeric(eq, num),
  NumericLessThan: numeric(lt, num),
  NumericLessThanEquals: numeric(le, num),
  NumericGreaterThan: numeric(gt, num),
  NumericGreaterThanEquals: numeric(ge, num),
  DateEquals: numeric(eq, date),
  DateLessThan: numeric(lt, date),
  DateLessThanEquals: numeric(le, date),
  DateGreaterThan: numeric(gt, date),
  DateGreaterThanEquals: numeric(ge, date),
  Bool: (a, e) => a.toLowerCase() === e.toLowerCase(),
  ArnEquals: (a, e) => matchesArn(e, a),
  ArnLike: (a, e) => matchesArn(e, a),
  BinaryEquals: (a, e) => a === e,
};
const NEGATED: Readonly<Record<string, string>> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  NumericNotEquals: 'NumericEquals',
  DateNotEquals: 'DateEquals',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
};

export interface ParsedOperator {
  set?: 'ForAnyValue' | 'ForAllValues';
  base: string;
  ifExists: boolean;
  negated: boolean;
  known: boolean;
}

/** Splits `ForAllValues:StringLikeIfExists` into its set qualifier, base operator and IfExists. */
export function parseOperator(operator: string): ParsedOperator {
  let rest = operator;
  let set: ParsedOperator['set'];
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const prefix = rest.slice(0, colon);
    if (prefix === 'ForAnyValue' || prefix === 'ForAllValues') set = prefix;
    rest = rest.slice(colon + 1);
  }
  const ifExists = rest.endsWith('IfExists') && rest !== 'IfExists';
  const base = ifExists ? rest.slice(0, -'IfExists'.length) : rest;
  const negated = Object.hasOwn(NEGATED, base);
  const known =
    (colon === -1 || set !== undefined) &&
    (negated || Object.hasOwn(POSITIVE, base) || (base === 'Null' && !ifExists && !set));
  return { ...(set === undefined ? {} : { set }), base, ifExists, negated, known };
}

/** Looks a key up as IAM does: key names are case-insensitive. */
export function lookupKey(
  context: Readonly<Record<string, readonly string[]>>,
  key: string,
): readonly string[] | undefined {
  const wanted = key.toLowerCase();
  for (const [k, v] of Object.entries(context)) if (k.toLowerCase() === wanted) return v;
  return undefined;
}

/** Evaluates one Condition key against the request context. */
export function evaluateCondition(
  condition: PolicyCondition,
  context: Readonly<Record<string, readonly string[]>>,
): ConditionVerdict {
  const { operator, key, values: expected } = condition;
  const actual = lookupKey(context, key);
  const verdict = (met: boolean, note?: string): ConditionVerdict => ({
    operator,
    key,
    expected,
    actual,
    met,
    ...(note === undefined ? {} : { note }),
  });
  const op = parseOperator(operator);
  if (!op.known) return verdict(false, `${operator} is not an IAM condition operator.`);
  const present = actual !== undefined && actual.length > 0;
  if (op.base === 'Null') {
    const wantAbsent = expected.some((e) => e.toLowerCase() === 'true');
    const wantPresent = expected.some((e) => e.toLowerCase() === 'false');
    return verdict(
      present ? wantPresent : wantAbsent,
      'Null checks only whether the key is present.',
    );
  }
  const positive = POSITIVE[op.negated ? (NEGATED[op.base] ?? '') : op.base];
  if (positive === undefined) return verdict(false, `${operator} is not supported here.`);
  const satisfies = (value: string): boolean => {
    const hit = expected.some((e) => positive(value, e));
    return op.negated ? !hit : hit;
  };
  if (op.set === 'ForAllValues') {
    if (!present)
      return verdict(true, 'ForAllValues is met when the request has no values for the key.');
    return verdict(actual.every(satisfies));
  }
  if (op.set === 'ForAnyValue') {
    if (!present) return verdict(false, 'ForAnyValue needs at least one value in the request.');
    return verdict(actual.some(satisfies));
  }
  if (!present) {
    if (op.ifExists)
      return verdict(true, 'IfExists: the request has no such key, so the condition is met.');
    // IAM: a negated operator on a missing key is met; a positive one is not.
    if (op.negated)
      return verdict(true, 'The request has no such key; a "Not" operator is then met.');
    return verdict(false, 'The request has no such key.');
  }
  return verdict(op.negated ? actual.every(satisfies) : actual.some(satisfies));
}
