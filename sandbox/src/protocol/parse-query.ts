/**
 * AWS Query protocol input: a form-encoded body (or query string) of flat keys. Lists arrive as
 * `Name.member.N`, structures as `Name.Field`, so `Tags.member.1.Key`. When a key repeats, the first
 * value wins, as STS does. Both steps are linear in the input: the parameter count is capped before
 * anything is decoded, and the flat keys are indexed once, so nested members never rescan them.
 */
import { err, ok, type Result } from '../lib/result.ts';
import { ERR, type StsError } from './sts-error.ts';
import type { ModelMember, ModelShape } from './sts-model.ts';

export type RawValue = string | RawValue[] | RawStruct;
export interface RawStruct {
  [name: string]: RawValue | undefined;
}

/** Flat parameters, first value per key. */
export type QueryParams = ReadonlyMap<string, string>;

/** No STS request needs more (the largest, AssumeRole with every list full, has about 200). */
export const MAX_QUERY_PARAMS = 1000;

/** Decodes `a=1&b=2` form data (first of a repeated key wins); more than `limit` pairs is a ValidationError. */
export function parseQueryString(
  text: string,
  limit = MAX_QUERY_PARAMS,
): Result<QueryParams, StsError> {
  if (countPairs(text, limit) > limit) {
    return err(ERR.validation(`Request has too many parameters: at most ${limit} are accepted.`));
  }
  const params = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(text)) {
    if (!params.has(key)) params.set(key, value);
  }
  return ok(params);
}

/** Non-empty `&`-separated pairs (as URLSearchParams counts them), stopping once past `stopAfter`. */
function countPairs(text: string, stopAfter: number): number {
  let count = 0;
  let start = text.startsWith('?') ? 1 : 0;
  while (start <= text.length) {
    const next = text.indexOf('&', start);
    const end = next < 0 ? text.length : next;
    if (end > start) {
      count += 1;
      if (count > stopAfter) return count;
    }
    start = end + 1;
  }
  return count;
}

/** The flat keys as a tree of their dot-separated segments. */
interface KeyNode {
  value?: string;
  children: Map<string, KeyNode>;
}

function indexKeys(params: QueryParams): KeyNode {
  const root: KeyNode = { children: new Map() };
  for (const [key, value] of params) {
    let node = root;
    for (const segment of key.split('.')) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = { children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.value = value;
  }
  return root;
}

/** Reads the members of an operation's input from flat parameters into nested values. */
export function readInput(params: QueryParams, members: readonly ModelMember[]): RawStruct {
  const root = indexKeys(params);
  const out: RawStruct = {};
  for (const member of members) {
    const value = readValue(root.children.get(member.name), member);
    if (value !== undefined) out[member.name] = value;
  }
  return out;
}

function readValue(node: KeyNode | undefined, shape: ModelShape): RawValue | undefined {
  if (shape.type === 'list') return readList(node, shape);
  if (shape.type === 'structure') return readStruct(node, shape);
  return node?.value;
}

/** A structure exists when some key continues past its name (`Name.…`). */
function readStruct(node: KeyNode | undefined, shape: ModelShape): RawStruct | undefined {
  if (node === undefined || node.children.size === 0) return undefined;
  const out: RawStruct = {};
  for (const member of shape.members ?? []) {
    const value = readValue(node.children.get(member.name), member);
    if (value !== undefined) out[member.name] = value;
  }
  return out;
}

/** `Name.member.N…` items in index order (gaps skipped); a bare `Name=` is the empty list. */
function readList(node: KeyNode | undefined, shape: ModelShape): RawValue[] | undefined {
  const items = node?.children.get('member');
  const indexes = new Set<number>();
  for (const segment of items?.children.keys() ?? []) {
    const index = /^\d+$/.test(segment) ? Number(segment) : NaN;
    if (Number.isSafeInteger(index) && index >= 1) indexes.add(index);
  }
  if (indexes.size === 0) return node?.value === '' ? [] : undefined;
  const item = shape.member;
  if (item === undefined) return [];
  const out: RawValue[] = [];
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const value = readValue(items?.children.get(String(index)), item);
    out.push(value ?? (item.type === 'structure' ? {} : ''));
  }
  return out;
}
