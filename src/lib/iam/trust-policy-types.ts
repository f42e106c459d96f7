/** The shapes the trust-policy evaluator reads and writes (IAM JSON, normalised). */

/** Who a statement names: `"*"` (anyone) or principal type → values (AWS, Federated, Service…). */
export type PrincipalBlock = '*' | Readonly<Record<string, readonly string[]>>;

/** One Condition entry: an operator (as written, e.g. `ForAnyValue:StringLike`), a key and values. */
export interface PolicyCondition {
  operator: string;
  key: string;
  values: readonly string[];
}

/** One statement of a trust policy, normalised (single values become lists). */
export interface PolicyStatement {
  /** Position in the policy, from 1, as a person counts. */
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  principal?: PrincipalBlock;
  notPrincipal?: PrincipalBlock;
  actions?: readonly string[];
  notActions?: readonly string[];
  conditions: readonly PolicyCondition[];
  /** The statement exactly as parsed, for drafting edits. */
  raw: Readonly<Record<string, unknown>>;
}

export interface TrustPolicy {
  version?: string;
  statements: readonly PolicyStatement[];
}

/** The principal making the request: its type in a Principal block, and every name that admits it. */
export interface RequestPrincipal {
  type: 'AWS' | 'Federated';
  /** The name shown to a person (provider ARN, signer ARN). */
  shown: string;
  /** Every value a Principal block may hold to admit this caller (ARNs, account root, bare provider). */
  names: readonly string[];
}

/** What the request would put in front of IAM: actions, principal and condition keys. */
export interface TrustRequest {
  /** The first is the operation's own action; the others (sts:TagSession…) must be allowed too. */
  actions: readonly string[];
  principal: RequestPrincipal;
  /** Condition keys (any case) → values; a key that is absent is simply not listed. */
  context: Readonly<Record<string, readonly string[]>>;
}

export interface ConditionVerdict {
  operator: string;
  key: string;
  /** The policy's values. */
  expected: readonly string[];
  /** The request's values, or undefined when the request has no such key. */
  actual: readonly string[] | undefined;
  met: boolean;
  /** Why, when the reason is not the plain comparison (unknown operator, IfExists, Null…). */
  note?: string;
}

export interface PartVerdict {
  met: boolean;
  expected: readonly string[];
  actual: readonly string[];
}

export interface StatementVerdict {
  statement: PolicyStatement;
  principal: PartVerdict;
  action: PartVerdict;
  conditions: readonly ConditionVerdict[];
  /** Principal, Action and every Condition met: the statement applies to the request. */
  applies: boolean;
}

export type Decision = 'allowed' | 'explicit-deny' | 'implicit-deny';

export interface ActionDecision {
  action: string;
  decision: Decision;
  statements: readonly StatementVerdict[];
}

export interface TrustVerdict {
  allowed: boolean;
  /** One decision per requested action, the operation's own first. */
  actions: readonly ActionDecision[];
}
