/**
 * IAM condition operators for the sandbox's trust decisions: String*, StringLike (* and ?),
 * …IgnoreCase, …IfExists, ForAnyValue:/ForAllValues:, Null, Bool, Numeric*, Date*, Arn*.
 * The console has its own, richer evaluator; the sandbox keeps this one independent of it.
 */

export type ConditionContext = Readonly<Record<string, readonly string[]>>;

/** `*` any run, `?` one character; iterative with one backtrack point (no regex from config). */
export function glob(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  let [pi, vi, star, mark] = [0, 0, -1, 0];
  while (vi < v.length) {
    if (p[pi] === '?' || (p[pi] !== '*' && p[pi] !== undefined && p[pi] === v[vi])) {
      pi += 1;
      vi += 1;
    } else if (p[pi] === '*') {
      star = pi;
      mark = vi;
      pi += 1;
    } else if (star >= 0) {
      pi = star + 1;
      mark += 1;
      vi = mark;
    } else return false;
  }
  while (p[pi] === '*') pi += 1;
  return pi === p.length;
}

function arnLike(pattern: string, value: string): boolean {
  const split = (s: string) => {
    const p = s.split(':');
    return p.length < 6 ? undefined : [...p.slice(0, 5), p.slice(5).join(':')];
  };
  if (pattern === '*') return true;
  const p = split(pattern);
  const v = split(value);
  return p !== undefined && v !== undefined && p.every((part, i) => glob(part, v[i] ?? ''));
}

const time = (s: string) => (/^\d+$/.test(s) ? Number(s) * 1000 : Date.parse(s));
const cmp = (read: (s: string) => number, test: (a: number, b: number) => boolean) => {
  return (a: string, b: string) => {
    const x = read(a);
    const y = read(b);
    return !Number.isNaN(x) && !Number.isNaN(y) && test(x, y);
  };
};
const numberOf = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

const POSITIVE: Record<string, (actual: string, expected: string) => boolean> = {
  StringEquals: (a, e) => a === e,
  StringEqualsIgnoreCase: (a, e) => a.toLowerCase() === e.toLowerCase(),
  StringLike: (a, e) => glob(e, a),
  Bool: (a, e) => a.toLowerCase() === e.toLowerCase(),
  ArnEquals: (a, e) => arnLike(e, a),
  ArnLike: (a, e) => arnLike(e, a),
  NumericEquals: cmp(numberOf, (a, b) => a === b),
  NumericLessThan: cmp(numberOf, (a, b) => a < b),
  NumericLessThanEquals: cmp(numberOf, (a, b) => a <= b),
  NumericGreaterThan: cmp(numberOf, (a, b) => a > b),
  NumericGreaterThanEquals: cmp(numberOf, (a, b) => a >= b),
  DateEquals: cmp(time, (a, b) => a === b),
  DateLessThan: cmp(time, (a, b) => a < b),
  DateLessThanEquals: cmp(time, (a, b) => a <= b),
  DateGreaterThan: cmp(time, (a, b) => a > b),
  DateGreaterThanEquals: cmp(time, (a, b) => a >= b),
};
const NEGATIONS: Record<string, string> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  NumericNotEquals: 'NumericEquals',
  DateNotEquals: 'DateEquals',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
};

/** The request's values for a key; IAM condition keys are case-insensitive. */
export function contextValues(context: ConditionContext, key: string): readonly string[] {
  const lower = key.toLowerCase();
  const hit = Object.entries(context).find(([k]) => k.toLowerCase() === lower);
  return hit?.[1] ?? [];
}

/** True when one operator's key holds for the request (an unknown operator never holds). */
export function conditionHolds(
  operator: string,
  key: string,
  expected: readonly string[],
  context: ConditionContext,
): boolean {
  const [qualifier, name] = operator.includes(':')
    ? (operator.split(':', 2) as [string, string])
    : [undefined, operator];
  if (qualifier !== undefined && qualifier !== 'ForAnyValue' && qualifier !== 'ForAllValues') {
    return false;
  }
  const actual = contextValues(context, key);
  if (name === 'Null') {
    const absent = actual.length === 0;
    return expected.some((e) => e.toLowerCase() === (absent ? 'true' : 'false'));
  }
  const ifExists = name.endsWith('IfExists');
  const base = ifExists ? name.slice(0, -'IfExists'.length) : name;
  const negatedOf = NEGATIONS[base];
  const positive = POSITIVE[negatedOf ?? base];
  if (positive === undefined) return false;
  const one = (value: string) =>
    expected.some((e) => positive(value, e)) !== (negatedOf !== undefined);
  if (qualifier === 'ForAllValues') return actual.every(one);
  if (qualifier === 'ForAnyValue') return actual.some(one);
  // A missing key: IfExists and the "Not" operators hold, the others do not.
  if (actual.length === 0) return ifExists || negatedOf !== undefined;
  return negatedOf === undefined ? actual.some(one) : actual.every(one);
}
