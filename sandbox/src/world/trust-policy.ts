/** Role trust policies as IAM writes them (the JSON document in world.json), and their evaluation. */
import { z } from 'zod';
import { conditionHolds, glob, type ConditionContext } from './iam-conditions.ts';

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const oneOrMany = z.union([scalar, z.array(scalar)]);
const principal = z.union([z.literal('*'), z.record(z.string(), oneOrMany)]);
const statementSchema = z.object({
  Sid: z.string().optional(),
  Effect: z.enum(['Allow', 'Deny']),
  Principal: principal.optional(),
  NotPrincipal: principal.optional(),
  Action: oneOrMany.optional(),
  NotAction: oneOrMany.optional(),
  Condition: z.record(z.string(), z.record(z.string(), oneOrMany)).optional(),
});

/** A trust policy document (Version + Statement), as in IAM. */
export const trustPolicySchema = z.object({
  Version: z.string().optional(),
  Statement: z.union([statementSchema, z.array(statementSchema)]),
});
export type TrustPolicyDocument = z.infer<typeof trustPolicySchema>;
type Statement = z.infer<typeof statementSchema>;

/** Who asks, for what, with which condition keys. */
export interface TrustRequest {
  actions: readonly string[];
  principalType: 'AWS' | 'Federated';
  /** Every name that admits the caller in a Principal block (ARNs, account root…). */
  names: readonly string[];
  context: ConditionContext;
}

const list = (v: z.infer<typeof oneOrMany> | undefined): string[] =>
  v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(String);

function names(block: z.infer<typeof principal>, type: string): string[] {
  if (block === '*') return ['*'];
  // An account ID in a Principal stands for that account's root.
  return list(block[type]).map((n) => (/^\d{12}$/.test(n) ? `arn:aws:iam::${n}:root` : n));
}

function principalMatches(s: Statement, req: TrustRequest): boolean {
  const admits = (block: z.infer<typeof principal>) =>
    names(block, req.principalType).some((n) => n === '*' || req.names.includes(n));
  if (s.Principal !== undefined) return admits(s.Principal);
  return s.NotPrincipal !== undefined && !admits(s.NotPrincipal);
}

function actionMatches(s: Statement, action: string): boolean {
  if (s.Action !== undefined) return list(s.Action).some((a) => glob(a, action, true));
  return s.NotAction !== undefined && !list(s.NotAction).some((a) => glob(a, action, true));
}

function applies(s: Statement, req: TrustRequest, action: string): boolean {
  if (!principalMatches(s, req) || !actionMatches(s, action)) return false;
  return Object.entries(s.Condition ?? {}).every(([operator, keys]) =>
    Object.entries(keys).every(([key, values]) =>
      conditionHolds(operator, key, list(values), req.context),
    ),
  );
}

/** IAM's decision for role trust: an explicit Deny wins, then any Allow, else an implicit deny. */
export function trustPolicyAllows(policy: TrustPolicyDocument, req: TrustRequest): boolean {
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
  return req.actions.every((action) => {
    const hits = statements.filter((s) => applies(s, req, action));
    return !hits.some((s) => s.Effect === 'Deny') && hits.some((s) => s.Effect === 'Allow');
  });
}
