/** Evaluates a trust policy against a request as IAM does for role trust: explicit Deny wins. */
import { evaluateCondition } from './condition-operators.ts';
import type {
  ActionDecision,
  PartVerdict,
  PolicyStatement,
  PrincipalBlock,
  RequestPrincipal,
  StatementVerdict,
  TrustPolicy,
  TrustRequest,
  TrustVerdict,
} from './trust-policy-types.ts';
import { matchesWildcard } from './wildcard.ts';

/** An account ID in a Principal means the account's root (IAM rewrites it that way). */
function principalName(value: string): string {
  return /^\d{12}$/.test(value) ? `arn:aws:iam::${value}:root` : value;
}

function blockNames(block: PrincipalBlock, type: string): readonly string[] {
  if (block === '*') return ['*'];
  return block[type] ?? [];
}

function matchPrincipal(block: PrincipalBlock, principal: RequestPrincipal): boolean {
  return blockNames(block, principal.type).some(
    (name) => name === '*' || principal.names.includes(principalName(name)),
  );
}

function principalVerdict(s: PolicyStatement, principal: RequestPrincipal): PartVerdict {
  const actual = [principal.shown];
  if (s.principal !== undefined) {
    return {
      met: matchPrincipal(s.principal, principal),
      expected: blockNames(s.principal, principal.type),
      actual,
    };
  }
  const not = s.notPrincipal ?? {};
  return {
    met: !matchPrincipal(not, principal),
    expected: blockNames(not, principal.type).map((n) => `not ${n}`),
    actual,
  };
}

function actionVerdict(s: PolicyStatement, action: string): PartVerdict {
  // Action names are case-insensitive in IAM and may carry wildcards (sts:*, sts:AssumeRole*).
  const hit = (patterns: readonly string[]) =>
    patterns.some((p) => matchesWildcard(p, action, true));
  if (s.actions !== undefined)
    return { met: hit(s.actions), expected: s.actions, actual: [action] };
  const not = s.notActions ?? [];
  return { met: !hit(not), expected: not.map((a) => `not ${a}`), actual: [action] };
}

/** The verdict of one statement for one action: Principal, Action and every Condition key. */
export function evaluateStatement(
  statement: PolicyStatement,
  request: TrustRequest,
  action: string,
): StatementVerdict {
  const principal = principalVerdict(statement, request.principal);
  const actionPart = actionVerdict(statement, action);
  const conditions = statement.conditions.map((c) => evaluateCondition(c, request.context));
  return {
    statement,
    principal,
    action: actionPart,
    conditions,
    applies: principal.met && actionPart.met && conditions.every((c) => c.met),
  };
}

function decide(policy: TrustPolicy, request: TrustRequest, action: string): ActionDecision {
  const statements = policy.statements.map((s) => evaluateStatement(s, request, action));
  const applying = statements.filter((v) => v.applies);
  const decision = applying.some((v) => v.statement.effect === 'Deny')
    ? 'explicit-deny'
    : applying.some((v) => v.statement.effect === 'Allow')
      ? 'allowed'
      : 'implicit-deny';
  return { action, decision, statements };
}

/** Decides every requested action; the request is allowed only when each one is. */
export function evaluateTrustPolicy(policy: TrustPolicy, request: TrustRequest): TrustVerdict {
  const actions = request.actions.map((a) => decide(policy, request, a));
  return { allowed: actions.every((a) => a.decision === 'allowed'), actions };
}
