/**
 * The model's string patterns, compiled from the model's pattern text exactly as ECMAScript.
 * `patterns.test.ts` checks each `source` against model/sts-model.json.
 *
 * Only the tag patterns get the `u` flag: without it `\p{L}` would mean the literal text "p{L}".
 * The ARN pattern must stay without `u`: its `\u10000-\u10FFFF` parses as U+1000, the range
 * "0"-U+10FF, "F", "F" — so astral characters are rejected and U+007F-U+009F accepted. AWS
 * applies the same text, so reproducing that quirk is what predicts the service's verdict.
 */
export interface CharsetRule {
  /** The whole-value pattern (anchored). */
  readonly pattern: RegExp;
  /** One character of the class, anchored, same flags: used to name the first rejected character. */
  readonly character: RegExp;
  /** What the class allows, for messages ("letters, digits and + = , . @ _ -"); absent for the ARN class. */
  readonly allowed?: string;
  /** True when "letters" means ASCII letters only (\w without the u flag). */
  readonly asciiLetters: boolean;
}

function charsetRule(
  characterClass: string,
  quantifier: '+' | '*',
  flags: '' | 'u',
  allowed: string | undefined,
  asciiLetters: boolean,
): CharsetRule {
  // Compiled on first use: building a dozen of these when the module loads costs the first
  // screen milliseconds, and most pages use two or three.
  let compiled: { pattern: RegExp; character: RegExp } | undefined;
  const compile = () =>
    (compiled ??= {
      pattern: new RegExp(`^${characterClass}${quantifier}$`, flags),
      character: new RegExp(`^${characterClass}$`, flags),
    });
  return {
    get pattern() {
      return compile().pattern;
    },
    get character() {
      return compile().character;
    },
    ...(allowed === undefined ? {} : { allowed }),
    asciiLetters,
  };
}

/** arnType: RoleArn, PrincipalArn, PolicyArns[].arn, ProviderArn, TaskPolicyArn.arn. */
export const arnCharset = charsetRule(
  String.raw`[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]`,
  '+',
  '',
  undefined,
  false,
);

/** roleSessionNameType, sourceIdentityType, userNameType. */
export const nameCharset = charsetRule(
  String.raw`[\w+=,.@-]`,
  '*',
  '',
  'letters, digits and + = , . @ _ -',
  true,
);

/** externalIdType. */
export const externalIdCharset = charsetRule(
  String.raw`[\w+=,.@:\/-]`,
  '*',
  '',
  'letters, digits and + = , . @ : / _ -',
  true,
);

/** serialNumberType. */
export const serialNumberCharset = charsetRule(
  String.raw`[\w+=/:,.@-]`,
  '*',
  '',
  'letters, digits and + = / : , . @ _ -',
  true,
);

/** tokenCodeType. */
export const tokenCodeCharset = charsetRule(String.raw`[\d]`, '*', '', 'digits', true);

/** accessKeyIdType. */
export const accessKeyIdCharset = charsetRule(
  String.raw`[\w]`,
  '*',
  '',
  'letters, digits and _',
  true,
);

/** sessionPolicyDocumentType and unrestrictedSessionPolicyDocumentType. */
export const policyCharset = charsetRule(
  String.raw`[\u0009\u000A\u000D\u0020-\u00FF]`,
  '+',
  '',
  'tabs, line breaks and characters from U+0020 to U+00FF (Latin-1)',
  false,
);

const tagClass = String.raw`[\p{L}\p{Z}\p{N}_.:/=+\-@]`;
const tagAllowed = 'letters, digits, spaces and _ . : / = + - @';

/** tagKeyType (Tags[].Key, TransitiveTagKeys[]). */
export const tagKeyCharset = charsetRule(tagClass, '+', 'u', tagAllowed, false);

/** tagValueType. */
export const tagValueCharset = charsetRule(tagClass, '*', 'u', tagAllowed, false);
