/**
 * The STS model data (model/sts-model.json), typed for the sandbox. Constraints are read from
 * it, never copied by hand. MinimumSessionTokenSize is absent from the model; its range and the
 * operations that take it come from the same file's `notInModel` section.
 */
import stsModel from '../../../model/sts-model.json' with { type: 'json' };

export interface ModelShape {
  type: string;
  shape?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  min?: number;
  max?: number;
  listMinLength?: number;
  listMaxLength?: number;
  member?: ModelShape;
  members?: ModelMember[];
  sensitive?: boolean;
}
export interface ModelMember extends ModelShape {
  name: string;
  required?: boolean;
}
export interface ModelOperation {
  unsigned: boolean;
  resultWrapper: string;
  input: ModelMember[];
}

const extra = stsModel.notInModel.MinimumSessionTokenSize.secondaryEvidence;

function withExtras(name: string, input: ModelMember[]): ModelMember[] {
  if (!extra.operations.includes(name)) return input;
  const minimum: ModelMember = {
    name: 'MinimumSessionTokenSize',
    type: 'integer',
    min: extra.rangeMin,
    max: extra.rangeMax,
  };
  return [...input, minimum];
}

function load(): Record<string, ModelOperation> {
  const source: Record<string, { unsigned: boolean; resultWrapper: string; input: ModelMember[] }> =
    stsModel.operations;
  const out: Record<string, ModelOperation> = {};
  for (const [name, op] of Object.entries(source)) {
    out[name] = {
      unsigned: op.unsigned,
      resultWrapper: op.resultWrapper,
      input: withExtras(name, op.input),
    };
  }
  return out;
}

/** Every STS operation by API name. */
export const OPERATIONS: Readonly<Record<string, ModelOperation>> = load();

/** The model's documentation notes (defaults, documented limits), for the operation handlers. */
export const DOC_NOTES = stsModel.docNotes;

/** The model's API version (2011-06-15). */
export const API_VERSION: string = stsModel.service.apiVersion;

/** Looks an operation up by its exact API name. */
export function findOperation(name: string): ModelOperation | undefined {
  return Object.hasOwn(OPERATIONS, name) ? OPERATIONS[name] : undefined;
}
