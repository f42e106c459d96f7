import {
  isJsonObject,
  ownField,
  ownObject,
  ownString,
  parseJsonObject,
  type JsonObject,
} from './json-object.ts';
import { err, ok, type Result } from '../result.ts';

/** A decoded message's JSON is refused above this size (real ones are a few kilobytes). */
export const DECODED_MESSAGE_MAX_LENGTH = 262_144;

/** A condition key of the request and its values. */
export interface AuthorizationCondition {
  key: string;
  values: string[];
}

/** A policy statement that matched the request. */
export interface MatchedStatement {
  statementId?: string;
  effect?: string;
  principals: string[];
  principalGroups: string[];
  actions: string[];
  resources: string[];
  conditions: AuthorizationCondition[];
}

/** The decoded authorization message as a person reads it. */
export interface DecodedAuthorizationMessage {
  allowed: boolean;
  explicitDeny: boolean;
  principal: { id?: string; arn?: string; name?: string };
  action?: string;
  resource?: string;
  conditions: AuthorizationCondition[];
  matchedStatements: MatchedStatement[];
  failures: string[];
  raw: unknown;
}

/** Reads DecodeAuthorizationMessage's JSON (also the CLI's {"DecodedMessage": "…"} and the model example's string booleans). */
export function parseDecodedAuthorizationMessage(
  json: string,
): Result<DecodedAuthorizationMessage> {
  if (json.length > DECODED_MESSAGE_MAX_LENGTH) {
    return err(
      `The decoded message is larger than ${DECODED_MESSAGE_MAX_LENGTH / 1024} KB; it is not one STS returns.`,
    );
  }
  const parsed = parseJsonObject(json);
  if (!parsed.ok) return err(`The decoded message: ${parsed.error}`);
  let doc = parsed.value;
  const wrapped = ownString(doc, 'DecodedMessage');
  if (wrapped !== undefined) {
    const inner = parseJsonObject(wrapped);
    if (!inner.ok) return err(`The DecodedMessage field: ${inner.error}`);
    doc = inner.value;
  }
  const context = ownObject(doc, 'context');
  if (context === undefined && ownField(doc, 'allowed') === undefined) {
    return err(
      'This JSON is not a decoded authorization message: it has no "allowed" and no "context".',
    );
  }
  const principal = context === undefined ? undefined : ownObject(context, 'principal');
  const view: DecodedAuthorizationMessage = {
    allowed: readBoolean(ownField(doc, 'allowed')),
    explicitDeny: readBoolean(ownField(doc, 'explicitDeny')),
    principal: principal === undefined ? {} : pickStrings(principal, ['id', 'arn', 'name']),
    conditions: readConditions(context === undefined ? undefined : ownField(context, 'conditions')),
    matchedStatements: readItems(ownField(doc, 'matchedStatements'))
      .filter(isJsonObject)
      .map(readStatement),
    failures: readItems(ownField(doc, 'failures')).map(describe),
    raw: parsed.value,
  };
  const action = context === undefined ? undefined : ownString(context, 'action');
  const resource = context === undefined ? undefined : ownString(context, 'resource');
  if (action !== undefined) view.action = action;
  if (resource !== undefined) view.resource = resource;
  return ok(view);
}

function readStatement(item: JsonObject): MatchedStatement {
  const statement: MatchedStatement = {
    principals: readValues(ownField(item, 'principals')),
    principalGroups: readValues(ownField(item, 'principalGroups')),
    actions: readValues(ownField(item, 'actions')),
    resources: readValues(ownField(item, 'resources')),
    conditions: readConditions(ownField(item, 'conditions')),
  };
  const statementId = ownString(item, 'statementId');
  const effect = ownString(item, 'effect');
  if (statementId !== undefined) statement.statementId = statementId;
  if (effect !== undefined) statement.effect = effect;
  return statement;
}

/** Lists come as {"items": [...]}, as plain arrays, or (model example) as "". */
function readItems(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isJsonObject(value)) {
    const items = ownField(value, 'items');
    if (Array.isArray(items)) return items;
  }
  return [];
}

/** Values come as {"items":[{"value":"x"}]}, ["x"] or [{"value":"x"}]. */
function readValues(value: unknown): string[] {
  return readItems(value).flatMap((item) => {
    if (typeof item === 'string') return [item];
    if (isJsonObject(item)) {
      const v = ownField(item, 'value');
      if (typeof v === 'string') return [v];
    }
    return [];
  });
}

function readConditions(value: unknown): AuthorizationCondition[] {
  return readItems(value).flatMap((entry) => {
    if (!isJsonObject(entry)) return [];
    // The model example wraps each entry as {"item": {key, values}}.
    const item = ownObject(entry, 'item') ?? entry;
    const key = ownString(item, 'key');
    return key === undefined ? [] : [{ key, values: readValues(ownField(item, 'values')) }];
  });
}

function readBoolean(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

function pickStrings<K extends string>(
  obj: JsonObject,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = ownString(obj, key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function describe(item: unknown): string {
  return typeof item === 'string' ? item : JSON.stringify(item);
}
