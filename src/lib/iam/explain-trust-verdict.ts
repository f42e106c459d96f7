/** One line a person reads first: why the request is not allowed, naming the key and both values. */
import type { ActionDecision, StatementVerdict, TrustVerdict } from './trust-policy-types.ts';

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(' or ');

/** The Allow statement closest to admitting the request: principal, then action, then fewest unmet conditions. */
export function closestAllow(decision: ActionDecision): StatementVerdict | undefined {
  const score = (v: StatementVerdict) =>
    (v.principal.met ? 1000 : 0) +
    (v.action.met ? 100 : 0) -
    v.conditions.filter((c) => !c.met).length;
  return decision.statements
    .filter((v) => v.statement.effect === 'Allow')
    .reduce<StatementVerdict | undefined>(
      (best, v) => (best === undefined || score(v) > score(best) ? v : best),
      undefined,
    );
}

/** Why one statement does not apply, as "<part> expects … got …". */
export function statementShortfall(v: StatementVerdict): string | undefined {
  if (!v.principal.met) {
    return `Principal expects ${quoted(v.principal.expected)} got "${v.principal.actual.join(', ')}"`;
  }
  if (!v.action.met)
    return `Action expects ${quoted(v.action.expected)} got "${v.action.actual.join('')}"`;
  const c = v.conditions.find((x) => !x.met);
  if (c === undefined) return undefined;
  const got =
    c.actual === undefined || c.actual.length === 0
      ? 'no value (the request has no such key)'
      : quoted(c.actual);
  return `${c.key} expects ${c.operator} ${quoted(c.expected)} got ${got}`;
}

/** Undefined when allowed; otherwise "not allowed: …" or "denied: …" for the first refused action. */
export function explainTrustVerdict(verdict: TrustVerdict): string | undefined {
  const refused = verdict.actions.find((a) => a.decision !== 'allowed');
  if (refused === undefined) return undefined;
  if (refused.decision === 'explicit-deny') {
    const deny = refused.statements.find((v) => v.applies && v.statement.effect === 'Deny');
    const which =
      deny === undefined
        ? 'a Deny statement'
        : `statement ${String(deny.statement.index)}${deny.statement.sid === undefined ? '' : ` (${deny.statement.sid})`}`;
    return `denied: ${which} denies ${refused.action} for this request, and an explicit Deny always wins`;
  }
  const best = closestAllow(refused);
  const why = best === undefined ? undefined : statementShortfall(best);
  return `not allowed: ${why ?? `no statement allows ${refused.action}`}`;
}
