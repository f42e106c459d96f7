/**
 * Test support: the model's input members (model/sts-model.json) flattened into targets
 * with their traits, so boundary tests are generated from the model rather than typed by hand.
 */
import stsModel from '../../../../../model/sts-model.json';

/** One member of an input structure, as the model JSON lists it. */
export interface ModelMember {
  readonly name: string;
  readonly required: boolean;
  readonly type: string;
  readonly shape: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
  readonly listMinLength?: number;
  readonly listMaxLength?: number;
  readonly member?: ModelListItem;
  readonly members?: readonly ModelMember[];
}

/** The item of a list member. */
export interface ModelListItem {
  readonly type: string;
  readonly shape: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly members?: readonly ModelMember[];
}

interface DocNote {
  readonly docs?: Readonly<Record<string, unknown>>;
  readonly [other: string]: unknown;
}

const operations: Readonly<Record<string, { readonly input: readonly ModelMember[] }>> =
  stsModel.operations;
const docNotes: Readonly<Record<string, DocNote | string>> = stsModel.docNotes;
const notInModel = stsModel.notInModel.MinimumSessionTokenSize.secondaryEvidence;

/** The model's operation names. */
export const modelOperationNames: readonly string[] = Object.keys(operations);

/** The members the model itself lists for an operation. */
export function modelMembers(operation: string): readonly ModelMember[] {
  return operations[operation]?.input ?? [];
}

/** Members known from the model's "notInModel" evidence (MinimumSessionTokenSize) for an operation. */
export function notInModelMembers(operation: string): readonly ModelMember[] {
  if (!notInModel.operations.includes(operation)) return [];
  return [
    {
      name: 'MinimumSessionTokenSize',
      required: notInModel.required,
      type: notInModel.type,
      shape: 'minimumSessionTokenSizeType',
      min: notInModel.rangeMin,
      max: notInModel.rangeMax,
    },
  ];
}

/** The docs text for `key` in docNotes (e.g. "AssumeRoot.TaskPolicyArn"). */
export function documented(key: string): Readonly<Record<string, unknown>> {
  const note = docNotes[key];
  return typeof note === 'object' ? (note.docs ?? {}) : {};
}

/** Documented list maxima the traits omit: docNotes keys like "PolicyArns (AssumeRole, …)" with docs.maxItems. */
export function documentedMaxItems(operation: string, member: string): number | undefined {
  for (const [key, note] of Object.entries(docNotes)) {
    const match = /^(\w+) \(([^)]*)\)/.exec(key);
    if (match?.[1] !== member || typeof note !== 'object') continue;
    const listed = (match[2] ?? '').split(/[,;]\s*/);
    const maxItems = note.docs?.maxItems;
    if (listed.includes(operation) && typeof maxItems === 'number') return maxItems;
  }
  return undefined;
}

/** Compiles a model pattern as ECMAScript: the `u` flag only where \p{…} needs it (the model's regexPortability notes). */
export function modelRegex(pattern: string): RegExp {
  return new RegExp(pattern, pattern.includes('\\p{') ? 'u' : '');
}

/** A path into an operation's input, list items at index 0. */
export type Path = readonly (string | number)[];

/** A member to test: where it is and its traits. */
export interface Target {
  readonly operation: string;
  readonly path: Path;
  /** "Tags.N.Key": the path with list indexes as N. */
  readonly key: string;
  readonly type: string;
  readonly shape: string;
  /** False for list items (an item cannot be missing). */
  readonly canBeMissing: boolean;
  readonly required: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
  readonly listMin?: number;
  readonly listMax?: number;
  /** For lists: the item. */
  readonly item?: ModelListItem;
}

/** "Tags.N.Key" for ['Tags', 0, 'Key']. */
export function keyOf(path: Path): string {
  return path.map((part) => (typeof part === 'number' ? 'N' : part)).join('.');
}

function traitsOf(source: ModelMember | ModelListItem) {
  return {
    type: source.type,
    shape: source.shape,
    ...(source.minLength === undefined ? {} : { minLength: source.minLength }),
    ...(source.maxLength === undefined ? {} : { maxLength: source.maxLength }),
    ...(source.pattern === undefined ? {} : { pattern: source.pattern }),
  };
}

function flatten(operation: string, parent: Path, members: readonly ModelMember[]): Target[] {
  return members.flatMap((member) => {
    const path = [...parent, member.name];
    const listMax = member.listMaxLength ?? documentedMaxItems(operation, member.name);
    const target: Target = {
      operation,
      path,
      key: keyOf(path),
      ...traitsOf(member),
      canBeMissing: true,
      required: member.required,
      ...(member.min === undefined ? {} : { min: member.min }),
      ...(member.max === undefined ? {} : { max: member.max }),
      ...(member.listMinLength === undefined ? {} : { listMin: member.listMinLength }),
      ...(listMax === undefined ? {} : { listMax }),
      ...(member.member === undefined ? {} : { item: member.member }),
    };
    const nested = member.members ? flatten(operation, path, member.members) : [];
    const item = member.member;
    if (item === undefined) return [target, ...nested];
    const itemPath = [...path, 0];
    const itemTargets: Target[] = item.members
      ? flatten(operation, itemPath, item.members)
      : [
          {
            operation,
            path: itemPath,
            key: keyOf(itemPath),
            ...traitsOf(item),
            canBeMissing: false,
            required: true,
          },
        ];
    return [target, ...nested, ...itemTargets];
  });
}

/** Every member of an operation (model + notInModel), nested ones included. */
export function targetsOf(operation: string): Target[] {
  return flatten(operation, [], [...modelMembers(operation), ...notInModelMembers(operation)]);
}
