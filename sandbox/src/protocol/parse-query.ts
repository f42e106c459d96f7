/**
 * AWS Query protocol input: a form-encoded body (or query string) of flat keys. Lists arrive as
 * `Name.member.N`, structures as `Name.Field`, so `Tags.member.1.Key`. When a key repeats, the first
 * value wins, as STS does.
 */
import type { ModelMember, ModelShape } from './sts-model.ts';

export type RawValue = string | RawValue[] | RawStruct;
export interface RawStruct {
  [name: string]: RawValue | undefined;
}

/** Flat parameters, first value per key. */
export type QueryParams = ReadonlyMap<string, string>;

/** Decodes `a=1&b=2` form data; the first occurrence of a repeated key wins. */
export function parseQueryString(text: string): QueryParams {
  const params = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(text)) {
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

/** Reads the members of an operation's input from flat parameters into nested values. */
export function readInput(params: QueryParams, members: readonly ModelMember[]): RawStruct {
  const keys = [...params.keys()];
  const out: RawStruct = {};
  for (const member of members) {
    const value = readValue(params, keys, member.name, member);
    if (value !== undefined) out[member.name] = value;
  }
  return out;
}

function readValue(
  params: QueryParams,
  keys: readonly string[],
  path: string,
  shape: ModelShape,
): RawValue | undefined {
  if (shape.type === 'list') return readList(params, keys, path, shape);
  if (shape.type === 'structure') return readStruct(params, keys, path, shape);
  return params.get(path);
}

function readStruct(
  params: QueryParams,
  keys: readonly string[],
  path: string,
  shape: ModelShape,
): RawStruct | undefined {
  const prefix = `${path}.`;
  if (!keys.some((k) => k.startsWith(prefix))) return undefined;
  const out: RawStruct = {};
  for (const member of shape.members ?? []) {
    const value = readValue(params, keys, `${path}.${member.name}`, member);
    if (value !== undefined) out[member.name] = value;
  }
  return out;
}

function readList(
  params: QueryParams,
  keys: readonly string[],
  path: string,
  shape: ModelShape,
): RawValue[] | undefined {
  const prefix = `${path}.member.`;
  const indexes = new Set<number>();
  for (const key of keys) {
    if (!key.startsWith(prefix)) continue;
    const match = /^(\d+)(?:\.|$)/.exec(key.slice(prefix.length));
    const index = match?.[1] === undefined ? NaN : Number(match[1]);
    if (Number.isSafeInteger(index) && index >= 1) indexes.add(index);
  }
  if (indexes.size === 0) return params.get(path) === '' ? [] : undefined;
  const item = shape.member;
  if (item === undefined) return [];
  const out: RawValue[] = [];
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const value = readValue(params, keys, `${prefix}${index}`, item);
    out.push(value ?? (item.type === 'structure' ? {} : ''));
  }
  return out;
}
