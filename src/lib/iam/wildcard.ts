/** IAM wildcard matching: `*` matches any run of characters, `?` exactly one. */

/** True when `value` matches `pattern` (`*`, `?`); case-sensitive unless told otherwise. */
export function matchesWildcard(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  // Iterative glob with one backtrack point: linear in practice, no regex built from input.
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    const pc = p[pi];
    if (pc === '?' || (pc !== undefined && pc !== '*' && pc === v[vi])) {
      pi += 1;
      vi += 1;
    } else if (pc === '*') {
      star = pi;
      mark = vi;
      pi += 1;
    } else if (star !== -1) {
      pi = star + 1;
      mark += 1;
      vi = mark;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi += 1;
  return pi === p.length;
}

/** Splits an ARN into its six parts (the resource part keeps its own colons). */
function arnParts(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6) return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** ArnLike / ArnEquals: each of the six colon-separated parts matched on its own, with wildcards. */
export function matchesArn(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  const p = arnParts(pattern);
  const v = arnParts(value);
  if (p === undefined || v === undefined) return false;
  return p.every((part, i) => matchesWildcard(part, v[i] ?? ''));
}
