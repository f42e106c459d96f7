/** Reads a role trust policy as a person pastes it: JSON, URL-encoded JSON, or `aws iam get-role` output. */
import { isJsonObject, ownField, type JsonObject } from '../decoders/json-object.ts';
import { err, ok, type Result } from '../result.ts';
import type {
  PolicyCondition,
  PolicyStatement,
  PrincipalBlock,
  TrustPolicy,
} from './trust-policy-types.ts';

/** Trust policies are at most 2,048 characters by default (quota up to 8,192); leave headroom. */
const MAX_INPUT = 100_000;

/** Parses a trust policy document; the error says what is wrong in words. */
export function parseTrustPolicy(input: string): Result<TrustPolicy> {
  const text = input.trim();
  if (text === '') return err('Paste the role trust policy (JSON).');
  if (text.length > MAX_INPUT) return err('That is far longer than any IAM policy.');
  const json = readJson(text);
  if (!json.ok) return json;
  const document = unwrapDocument(json.value);
  if (!document.ok) return document;
  return readPolicy(document.value);
}

function readJson(text: string): Result<unknown> {
  // The IAM API (and CloudTrail) return the document URL-encoded: %7B%22Version%22…
  let source = text;
  if (!source.startsWith('{') && /%7B/i.test(source)) {
    try {
      source = decodeURIComponent(source.replace(/\+/g, ' '));
    } catch {
      return err('It looks URL-encoded, but does not decode.');
    }
  }
  try {
    return ok(JSON.parse(source) as unknown);
  } catch (e) {
    return err(`It is not valid JSON (${e instanceof Error ? e.message : 'unknown problem'}).`);
  }
}

/** Accepts the policy itself or `{"Role": {"AssumeRolePolicyDocument": …}}` from get-role. */
function unwrapDocument(value: unknown): Result<JsonObject> {
  if (!isJsonObject(value)) return err('A trust policy is a JSON object ({ … }).');
  const role = ownField(value, 'Role');
  const holder = isJsonObject(role) ? role : value;
  const doc = ownField(holder, 'AssumeRolePolicyDocument');
  if (doc === undefined) return ok(value);
  if (typeof doc === 'string') {
    const inner = readJson(doc);
    if (!inner.ok) return inner;
    return isJsonObject(inner.value)
      ? ok(inner.value)
      : err('AssumeRolePolicyDocument is not an object.');
  }
  return isJsonObject(doc) ? ok(doc) : err('AssumeRolePolicyDocument is not an object.');
}

function readPolicy(doc: JsonObject): Result<TrustPolicy> {
  const raw = ownField(doc, 'Statement');
  if (raw === undefined) return err('The policy has no "Statement".');
  const list = Array.isArray(raw) ? (raw as unknown[]) : [raw];
  const statements: PolicyStatement[] = [];
  for (const [i, item] of list.entries()) {
    const statement = readStatement(item, i + 1);
    if (!statement.ok) return statement;
    statements.push(statement.value);
  }
  const version = ownField(doc, 'Version');
  return ok({ ...(typeof version === 'string' ? { version } : {}), statements });
}

function readStatement(item: unknown, index: number): Result<PolicyStatement> {
  const where = `Statement ${String(index)}`;
  if (!isJsonObject(item)) return err(`${where} is not an object.`);
  const effect = ownField(item, 'Effect');
  if (effect !== 'Allow' && effect !== 'Deny')
    return err(`${where}: "Effect" must be "Allow" or "Deny".`);
  const sid = ownField(item, 'Sid');
  const principal = readPrincipal(ownField(item, 'Principal'), where);
  const notPrincipal = readPrincipal(ownField(item, 'NotPrincipal'), where);
  if (!principal.ok) return principal;
  if (!notPrincipal.ok) return notPrincipal;
  if (principal.value === undefined && notPrincipal.value === undefined) {
    return err(`${where} has no "Principal" (a trust policy must say who may assume the role).`);
  }
  const actions = readStrings(ownField(item, 'Action'));
  const notActions = readStrings(ownField(item, 'NotAction'));
  if (actions === undefined && notActions === undefined) return err(`${where} has no "Action".`);
  const conditions = readConditions(ownField(item, 'Condition'), where);
  if (!conditions.ok) return conditions;
  return ok({
    index,
    ...(typeof sid === 'string' ? { sid } : {}),
    effect,
    ...(principal.value === undefined ? {} : { principal: principal.value }),
    ...(notPrincipal.value === undefined ? {} : { notPrincipal: notPrincipal.value }),
    ...(actions === undefined ? {} : { actions }),
    ...(notActions === undefined ? {} : { notActions }),
    conditions: conditions.value,
    raw: item,
  });
}

function readPrincipal(value: unknown, where: string): Result<PrincipalBlock | undefined> {
  if (value === undefined) return ok(undefined);
  if (value === '*') return ok('*');
  if (!isJsonObject(value)) return err(`${where}: "Principal" must be "*" or an object.`);
  const block: Record<string, readonly string[]> = {};
  for (const [type, names] of Object.entries(value)) {
    const list = readStrings(names);
    if (list === undefined)
      return err(`${where}: Principal "${type}" must be a string or a list of strings.`);
    block[type] = list;
  }
  return ok(block);
}

/** A string or list of strings; numbers and booleans as IAM reads them (as text). */
function readStrings(value: unknown): string[] | undefined {
  const one = (v: unknown): string | undefined =>
    typeof v === 'string'
      ? v
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : undefined;
  if (Array.isArray(value)) {
    const out = (value as unknown[]).map(one);
    return out.every((v) => v !== undefined) ? out : undefined;
  }
  const single = one(value);
  return single === undefined ? undefined : [single];
}

function readConditions(value: unknown, where: string): Result<PolicyCondition[]> {
  if (value === undefined) return ok([]);
  if (!isJsonObject(value)) return err(`${where}: "Condition" must be an object.`);
  const out: PolicyCondition[] = [];
  for (const [operator, block] of Object.entries(value)) {
    if (!isJsonObject(block))
      return err(`${where}: Condition "${operator}" must be an object of keys.`);
    for (const [key, raw] of Object.entries(block)) {
      const values = readStrings(raw);
      if (values === undefined)
        return err(`${where}: ${operator} "${key}" must be a value or a list of values.`);
      out.push({ operator, key, values });
    }
  }
  return ok(out);
}
