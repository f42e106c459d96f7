/** Drafts the smallest edit to a trust policy that would allow this exact request (a suggestion). */
import { parseOperator } from './condition-operators.ts';
import { closestAllow } from './explain-trust-verdict.ts';
import type {
  ConditionVerdict,
  TrustPolicy,
  TrustRequest,
  TrustVerdict,
} from './trust-policy-types.ts';

export interface TrustDraft {
  /** What the edit does, one line per change. */
  changes: string[];
  /** The whole policy with the edit applied, pretty JSON ready to paste. */
  policyJson: string;
}

type Json = Record<string, unknown>;

const asList = (v: unknown): unknown[] =>
  Array.isArray(v) ? (v as unknown[]) : v === undefined ? [] : [v];
const oneOrMany = (list: readonly string[]): string | string[] =>
  list.length === 1 ? (list[0] ?? '') : [...list];

/** Keys worth pinning in a new statement: who the token is for and who it names. */
const PIN = [/:aud$/i, /:sub$/i, /^saml:aud$/i, /^sts:ExternalId$/i];

function editCondition(statement: Json, c: ConditionVerdict): string {
  const condition = statement['Condition'] as Record<string, Record<string, unknown>>;
  const block = condition[c.operator] ?? {};
  const remove = (why: string) => {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the key is the policy's own
    delete block[c.key];
    if (Object.keys(block).length === 0) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the operator is the policy's own
      delete condition[c.operator];
    }
    return `remove ${c.operator} ${c.key} (${why})`;
  };
  const op = parseOperator(c.operator);
  const actual = c.actual ?? [];
  if (actual.length === 0) return remove('the request has no such key');
  if (!op.known || op.negated || op.base === 'Null')
    return remove(`it rejects ${actual.join(', ')}`);
  if (op.base === 'Bool') {
    block[c.key] = actual[0] ?? '';
    return `set ${c.operator} ${c.key} to "${actual[0] ?? ''}"`;
  }
  if (op.base.startsWith('Numeric') || op.base.startsWith('Date'))
    return remove(`the request has ${actual.join(', ')}`);
  const added = actual.filter((v) => !c.expected.includes(v));
  block[c.key] = oneOrMany([...c.expected, ...added]);
  return `add ${added.map((v) => `"${v}"`).join(', ')} to ${c.operator} ${c.key}`;
}

function newStatement(request: TrustRequest, action: string): Json {
  const pinned = Object.entries(request.context).filter(([k]) => PIN.some((p) => p.test(k)));
  return {
    Effect: 'Allow',
    Principal: { [request.principal.type]: request.principal.shown },
    Action: action,
    ...(pinned.length === 0
      ? {}
      : {
          Condition: {
            StringEquals: Object.fromEntries(pinned.map(([k, v]) => [k, oneOrMany(v)])),
          },
        }),
  };
}

/** A drafted edit, or undefined when the request is already allowed. */
export function draftTrustChange(
  policy: TrustPolicy,
  verdict: TrustVerdict,
  request: TrustRequest,
): TrustDraft | undefined {
  if (verdict.allowed) return undefined;
  const statements = policy.statements.map((s) => structuredClone(s.raw) as Json);
  const removed = new Set<number>();
  const changes = new Set<string>();
  for (const decision of verdict.actions) {
    if (decision.decision === 'allowed') continue;
    if (decision.decision === 'explicit-deny') {
      for (const v of decision.statements) {
        if (!v.applies || v.statement.effect !== 'Deny' || removed.has(v.statement.index)) continue;
        removed.add(v.statement.index);
        changes.add(
          `remove statement ${String(v.statement.index)} (a Deny that matches this request)`,
        );
      }
      continue;
    }
    const best = closestAllow(decision);
    const target = best === undefined ? undefined : statements[best.statement.index - 1];
    if (best === undefined || target === undefined || !best.principal.met) {
      statements.push(newStatement(request, decision.action));
      changes.add(`add a statement that allows ${decision.action} for ${request.principal.shown}`);
      continue;
    }
    if (!best.action.met) {
      target['Action'] = [...asList(target['Action']), decision.action];
      changes.add(
        `add ${decision.action} to the Action of statement ${String(best.statement.index)}`,
      );
    }
    for (const c of best.conditions)
      if (!c.met)
        changes.add(`statement ${String(best.statement.index)}: ${editCondition(target, c)}`);
  }
  const kept = statements.filter((_, i) => !removed.has(i + 1));
  const doc = { Version: policy.version ?? '2012-10-17', Statement: kept };
  return { changes: [...changes], policyJson: JSON.stringify(doc, null, 2) };
}
