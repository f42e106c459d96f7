/**
 * Test support: valid values built from the model's traits, plus the documented rules the model
 * omits (read from docNotes where the model JSON states them), so expected verdicts are derived.
 */
import {
  documented,
  keyOf,
  modelMembers,
  modelRegex,
  notInModelMembers,
  type ModelListItem,
  type ModelMember,
  type Path,
} from './model-members.ts';

type Traits = Pick<
  ModelListItem,
  'type' | 'shape' | 'minLength' | 'maxLength' | 'pattern' | 'members'
> &
  Pick<ModelMember, 'min' | 'max' | 'listMinLength' | 'member'>;

const policyShapes = new Set([
  'sessionPolicyDocumentType',
  'unrestrictedSessionPolicyDocumentType',
]);

/** True for the session policy shapes (their values must also be JSON). */
export function isPolicyShape(shape: string): boolean {
  return policyShapes.has(shape);
}

/** A character the pattern accepts: "a", or "7" for digit-only patterns. */
export function asciiSample(pattern: string | undefined): string {
  if (pattern === undefined) return 'a';
  const regex = modelRegex(pattern);
  return ['a', '7'].find((character) => regex.test(character)) ?? 'a';
}

/** The shortest start of an ARN (arn:partition:service:region:account:resource). */
const arnStart = 'arn:p:s:::';

/** Documented (ARN format), not in the model: an arnType value is arn:partition:service:…. */
function isArnShaped(value: string): boolean {
  return /^arn:[^:]+:[^:]+:[^:]*:[^:]*:.+$/su.test(value);
}

/** Where a probe character goes: in an ARN's resource part, else at index 1. */
export function probeIndex(shape: string, length: number): number {
  return shape === 'arnType' ? length - 1 : 1;
}

/**
 * A value of `length` code points made of `letter`; policies are wrapped as a JSON string, ARNs
 * (when long enough) start as an ARN does.
 */
export function fill(shape: string, letter: string, length: number): string {
  if (shape === 'arnType' && length > arnStart.length) {
    return arnStart + letter.repeat(length - arnStart.length);
  }
  if (!isPolicyShape(shape) || length === 0) return letter.repeat(length);
  if (length === 1) return '7';
  return `"${letter.repeat(length - 2)}"`;
}

/** `value` with the code point at `index` replaced by `character`. */
export function withCharacterAt(value: string, index: number, character: string): string {
  const characters = Array.from(value);
  characters[index] = character;
  return characters.join('');
}

const rootTask = documented('AssumeRoot.TaskPolicyArn');
const rootTaskNames = Array.isArray(rootTask.allowedPolicies) ? rootTask.allowedPolicies : [];
const rootTaskPrefix = typeof rootTask.examplePrefix === 'string' ? rootTask.examplePrefix : '';
const rootTaskPattern = new RegExp(
  // The docs' example prefix is arn:aws:…; any partition (arn:aws-cn:, arn:aws-us-gov:…) applies.
  `^${rootTaskPrefix.replace('arn:aws:', 'arn:aws(?:-[a-z]+)*:')}(?:${rootTaskNames.join('|')})$`,
);
const signingAlgorithms = documented('GetWebIdentityToken.SigningAlgorithm').allowedValues;
const sourceIdentityPrefix = documented('AssumeRole.SourceIdentity').forbiddenPrefix;

function isJson(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

/** The documented rule for a member beyond its traits, if any: does `value` (maybe undefined) satisfy it? */
export function documentedRule(
  operation: string,
  key: string,
  shape: string,
): ((value: unknown) => boolean) | undefined {
  const at = `${operation}.${key}`;
  if (at === 'AssumeRoot.TaskPolicyArn.arn') {
    return (value) => typeof value === 'string' && rootTaskPattern.test(value);
  }
  if (at === 'GetWebIdentityToken.SigningAlgorithm' && Array.isArray(signingAlgorithms)) {
    return (value) => signingAlgorithms.includes(value);
  }
  if (at === 'AssumeRole.SourceIdentity' && typeof sourceIdentityPrefix === 'string') {
    return (value) =>
      typeof value !== 'string' || !value.toLowerCase().startsWith(sourceIdentityPrefix);
  }
  if (isPolicyShape(shape)) return (value) => typeof value !== 'string' || isJson(value);
  if (shape === 'arnType') return (value) => typeof value !== 'string' || isArnShaped(value);
  return undefined;
}

function documentedValue(operation: string, key: string): string | undefined {
  const at = `${operation}.${key}`;
  if (at === 'AssumeRoot.TaskPolicyArn.arn') return `${rootTaskPrefix}${String(rootTaskNames[0])}`;
  if (at === 'GetWebIdentityToken.SigningAlgorithm' && Array.isArray(signingAlgorithms)) {
    return String(signingAlgorithms[0]);
  }
  return undefined;
}

/** A valid string for the traits; `index` > 0 ends it with the index digits (unique list items). */
export function validString(operation: string, key: string, traits: Traits, index = 0): string {
  const fixed = documentedValue(operation, key);
  if (fixed !== undefined) return fixed;
  const length = Math.min(Math.max(traits.minLength ?? 0, 4), traits.maxLength ?? Infinity);
  const value = fill(traits.shape, asciiSample(traits.pattern), length);
  if (index === 0) return value;
  const digits = String(index);
  return (
    Array.from(value)
      .slice(0, length - digits.length)
      .join('') + digits
  );
}

/** A valid value for a member or list item (lists get max(listMin, 1) items). */
export function validValue(operation: string, path: Path, traits: Traits, index = 0): unknown {
  const key = keyOf(path);
  if (traits.type === 'string') return validString(operation, key, traits, index);
  if (traits.type === 'integer') return traits.min ?? 0;
  if (traits.type === 'structure') {
    return Object.fromEntries(
      (traits.members ?? []).map((member) => [
        member.name,
        validValue(operation, [...path, member.name], member, index),
      ]),
    );
  }
  const item = traits.member;
  if (traits.type !== 'list' || item === undefined)
    throw new Error(`unknown member type at ${key}`);
  return validItems(operation, path, item, Math.max(traits.listMinLength ?? 0, 1));
}

/** `count` distinct valid items for the list at `path`. */
export function validItems(
  operation: string,
  path: Path,
  item: ModelListItem,
  count: number,
): unknown[] {
  return Array.from({ length: count }, (_, index) =>
    validValue(operation, [...path, 0], item, index),
  );
}

/** Documented cross-field companions: transitive tag keys must be among the Tags. */
export function withCompanions(input: Record<string, unknown>): Record<string, unknown> {
  const keys = input.TransitiveTagKeys;
  if (!Array.isArray(keys)) return input;
  return { ...input, Tags: keys.map((Key: unknown) => ({ Key, Value: '' })) };
}

/** A valid input for the operation with every member (model and notInModel) filled. */
export function validInput(operation: string): Record<string, unknown> {
  const members = [...modelMembers(operation), ...notInModelMembers(operation)];
  return withCompanions(
    Object.fromEntries(
      members.map((member) => [member.name, validValue(operation, [member.name], member)]),
    ),
  );
}

/** A copy of `input` with `value` at `path` (undefined deletes the member). */
export function withValueAt(
  input: Record<string, unknown>,
  path: Path,
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(input);
  let node: unknown = copy;
  path.slice(0, -1).forEach((part) => {
    node = (node as Record<string | number, unknown>)[part];
  });
  const last = path.at(-1);
  const parent = node as Record<string | number, unknown>;
  if (last === undefined) return copy;
  if (value === undefined) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
  return copy;
}
