/**
 * Validates Query input against the model's traits with STS's wording:
 * `2 validation errors detected: Value 'x' at 'roleArn' failed to satisfy constraint: …; …`.
 * Patterns are compiled from the model as ECMAScript (the `u` flag only where the pattern needs
 * \p{…}); lengths count Unicode code points; the pattern is checked before the length, as STS does.
 */
import { err, ok, type Result } from '../lib/result.ts';
import type { ModelMember, ModelShape } from '../protocol/sts-model.ts';
import { ERR, type StsError } from '../protocol/sts-error.ts';
import type { RawStruct, RawValue } from '../protocol/parse-query.ts';

export type InputValue = string | number | InputValue[] | InputStruct;
export interface InputStruct {
  [name: string]: InputValue | undefined;
}

class Malformed extends Error {}

const patternCache = new Map<string, RegExp>();

/** Compiles a model pattern as ECMAScript; `u` only for Unicode property escapes. */
export function compileModelPattern(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (re === undefined) {
    re = new RegExp(pattern, pattern.includes('\\p{') ? 'u' : '');
    patternCache.set(pattern, re);
  }
  return re;
}

/** The pattern as STS prints it in messages: without the model's ^…$ anchors. */
export function displayPattern(pattern: string): string {
  return pattern.replace(/^\^/, '').replace(/\$$/, '');
}

/** Lower-cases the first letter, as STS names members in messages (RoleArn → roleArn). */
export function memberPath(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Validates raw input; returns typed values (integers as numbers) or STS's error. */
export function validateInput(
  raw: RawStruct,
  members: readonly ModelMember[],
): Result<InputStruct, StsError> {
  const problems: string[] = [];
  try {
    const value = validateStruct(raw, members, '', problems);
    if (problems.length === 0) return ok(value);
  } catch (error) {
    if (error instanceof Malformed) return err(ERR.malformedInput(error.message));
    throw error;
  }
  const count = problems.length;
  const head = `${count} validation error${count === 1 ? '' : 's'} detected: `;
  return err(ERR.validation(head + problems.join('; ')));
}

function validateStruct(
  raw: RawStruct,
  members: readonly ModelMember[],
  prefix: string,
  problems: string[],
): InputStruct {
  const out: InputStruct = {};
  for (const member of members) {
    const path = prefix + memberPath(member.name);
    const value = raw[member.name];
    if (value === undefined) {
      if (member.required === true) {
        problems.push(
          `Value null at '${path}' failed to satisfy constraint: Member must not be null`,
        );
      }
      continue;
    }
    out[member.name] = validateValue(value, member, path, problems);
  }
  return out;
}

function validateValue(
  value: RawValue,
  shape: ModelShape,
  path: string,
  problems: string[],
): InputValue {
  if (shape.type === 'list') {
    const items = Array.isArray(value) ? value : [];
    const fail = (c: string) => problems.push(failure(show(items), path, c));
    if (shape.listMinLength !== undefined && items.length < shape.listMinLength) {
      fail(`Member must have length greater than or equal to ${shape.listMinLength}`);
    }
    if (shape.listMaxLength !== undefined && items.length > shape.listMaxLength) {
      fail(`Member must have length less than or equal to ${shape.listMaxLength}`);
    }
    const item = shape.member;
    if (item === undefined) return [];
    return items.map((v, i) => validateValue(v, item, `${path}.${i + 1}.member`, problems));
  }
  if (shape.type === 'structure') {
    const struct = typeof value === 'object' && !Array.isArray(value) ? value : {};
    return validateStruct(struct, shape.members ?? [], `${path}.`, problems);
  }
  const text = typeof value === 'string' ? value : '';
  if (shape.type === 'integer') return validateInteger(text, shape, path, problems);
  validateString(text, shape, path, problems);
  return text;
}

function validateString(text: string, shape: ModelShape, path: string, problems: string[]): void {
  const shown = shape.sensitive === true ? undefined : text;
  if (shape.pattern !== undefined && !compileModelPattern(shape.pattern).test(text)) {
    problems.push(
      failure(
        shown,
        path,
        `Member must satisfy regular expression pattern: ${displayPattern(shape.pattern)}`,
      ),
    );
  }
  // Smithy @length counts Unicode code points, which is what string iteration yields.
  const length = Array.from(text).length;
  if (shape.minLength !== undefined && length < shape.minLength) {
    problems.push(
      failure(shown, path, `Member must have length greater than or equal to ${shape.minLength}`),
    );
  }
  if (shape.maxLength !== undefined && length > shape.maxLength) {
    problems.push(
      failure(shown, path, `Member must have length less than or equal to ${shape.maxLength}`),
    );
  }
}

function validateInteger(
  text: string,
  shape: ModelShape,
  path: string,
  problems: string[],
): number {
  if (text === '') throw new Malformed('missing value for decimal type');
  if (!/^[+-]?\d+$/.test(text)) throw new Malformed(`Invalid value for decimal type: ${text}`);
  const n = Number(text);
  if (n > 2147483647 || n < -2147483648) throw new Malformed(`Value out of range for int: ${text}`);
  if (shape.min !== undefined && n < shape.min) {
    problems.push(
      failure(text, path, `Member must have value greater than or equal to ${shape.min}`),
    );
  }
  if (shape.max !== undefined && n > shape.max) {
    problems.push(failure(text, path, `Member must have value less than or equal to ${shape.max}`));
  }
  return n;
}

function failure(value: string | undefined, path: string, constraint: string): string {
  const shown = value === undefined ? 'Value' : `Value '${value}'`;
  return `${shown} at '${path}' failed to satisfy constraint: ${constraint}`;
}

function show(value: RawValue): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  const fields = Object.entries(value).map(
    ([k, v]) => `${k}: ${v === undefined ? 'null' : show(v)}`,
  );
  return `{${fields.join(', ')}}`;
}
