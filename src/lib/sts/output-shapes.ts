/**
 * What STS's answers may contain: the rules the registry's `output` entries are built from (the
 * output members of model/sts-model.json, lengths and patterns exactly as the model has them),
 * typed and small so the browser does not load the model. Where the model sets no length, `cap`
 * is the console's own ceiling (generous: it only keeps a hostile endpoint from handing the page
 * a megabyte to lay out). `output-shapes.test.ts` cross-checks every entry against the model.
 */
export type OutputRule = StringRule | TimestampRule | IntegerRule | StructureRule;

export interface StringRule {
  readonly kind: 'string';
  readonly required: boolean;
  readonly minLength?: number;
  /** The model's @length max, in code points. */
  readonly maxLength?: number;
  /** The console's ceiling when the model has none, in code points. */
  readonly cap?: number;
  /** The model's pattern text (anchored), applied as ECMAScript without flags, as AWS does. */
  readonly pattern?: string;
  /** Never shown, not even as an excerpt. */
  readonly sensitive?: boolean;
}

export interface TimestampRule {
  readonly kind: 'timestamp';
  readonly required: boolean;
  /** An expiration: must come after the time the answer was issued. */
  readonly expiration: boolean;
}

export interface IntegerRule {
  readonly kind: 'integer';
  readonly required: boolean;
  readonly min: number;
}

export interface StructureRule {
  readonly kind: 'structure';
  readonly required: boolean;
  readonly members: Readonly<Record<string, OutputRule>>;
}

const ARN = String.raw`^[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+$`;
const NAME = String.raw`^[\w+=,.@-]*$`;
/** Console ceilings for members the model leaves unbounded. */
export const CAP = { token: 65_536, text: 4_096, message: 262_144, id: 256 } as const;

export const str = (
  required: boolean,
  rest: Omit<StringRule, 'kind' | 'required'>,
): StringRule => ({
  kind: 'string',
  required,
  ...rest,
});
export const arn = (required: boolean) =>
  str(required, { minLength: 20, maxLength: 2048, pattern: ARN });
export const text = str(false, { cap: CAP.text });

export const credentials: StructureRule = {
  kind: 'structure',
  required: false,
  members: {
    AccessKeyId: str(true, { minLength: 16, maxLength: 128, pattern: String.raw`^[\w]*$` }),
    SecretAccessKey: str(true, { cap: CAP.id, sensitive: true }),
    SessionToken: str(true, { cap: CAP.token, sensitive: true }),
    Expiration: { kind: 'timestamp', required: true, expiration: true },
  },
};
export const assumedRoleUser: StructureRule = {
  kind: 'structure',
  required: false,
  members: {
    AssumedRoleId: str(true, {
      minLength: 2,
      maxLength: 193,
      pattern: String.raw`^[\w+=,.@:-]*$`,
    }),
    Arn: arn(true),
  },
};
export const federatedUser: StructureRule = {
  kind: 'structure',
  required: false,
  members: {
    FederatedUserId: str(true, {
      minLength: 2,
      maxLength: 193,
      pattern: String.raw`^[\w+=,.@\:-]*$`,
    }),
    Arn: arn(true),
  },
};
export const packedPolicySize: IntegerRule = { kind: 'integer', required: false, min: 0 };
export const sourceIdentity = str(false, { minLength: 2, maxLength: 64, pattern: NAME });
