import { jwtAudiences } from './jwt.ts';
import { ownField, type JsonObject } from './json-object.ts';

/** One IAM condition key a role trust policy can check for this token, with the token's value. */
export interface TrustPolicyConditionKey {
  operator: 'StringEquals' | 'ForAnyValue:StringLike';
  /** e.g. "token.actions.githubusercontent.com:sub". */
  key: string;
  values: string[];
  /** The claim the value comes from. */
  claim: string;
  note?: string;
}

const GOOGLE = 'accounts.google.com';
const COGNITO = 'cognito-identity.amazonaws.com';

/** The trust-policy condition keys matching this token, as IAM documents them for its issuer. */
export function trustPolicyConditionKeys(claims: JsonObject): TrustPolicyConditionKey[] {
  const iss = ownField(claims, 'iss');
  if (typeof iss !== 'string' || iss === '') return [];
  // IAM names the provider by host + path; a local http issuer (the sandbox's) is named the same way.
  const provider = iss.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  if (provider === '') return [];
  const keys: TrustPolicyConditionKey[] = [];
  const add = (claim: string, suffix: string, note?: string): void => {
    const values = claimStrings(claims, claim);
    if (values.length === 0) return;
    keys.push({
      operator: 'StringEquals',
      key: `${provider}:${suffix}`,
      values,
      claim,
      ...(note === undefined ? {} : { note }),
    });
  };
  if (provider === GOOGLE) {
    // IAM maps accounts.google.com:aud to azp when the token has one, and oaud to aud.
    if (ownField(claims, 'azp') !== undefined) {
      add('azp', 'aud', 'For Google tokens with an azp claim, IAM compares :aud with azp.');
      add('aud', 'oaud', 'For Google tokens with an azp claim, IAM compares :oaud with aud.');
    } else {
      add('aud', 'aud');
    }
    add('sub', 'sub');
    add('email', 'email');
    return keys;
  }
  add('aud', 'aud');
  add('sub', 'sub');
  if (provider === COGNITO) {
    const amr = claimStrings(claims, 'amr');
    if (amr.length > 0) {
      keys.push({
        operator: 'ForAnyValue:StringLike',
        key: `${COGNITO}:amr`,
        values: amr,
        claim: 'amr',
        note: 'Cognito lists "authenticated" or "unauthenticated" here.',
      });
    }
  }
  return keys;
}

/** A trust policy "Condition" block for the given keys, as pretty JSON ready to paste. */
export function trustPolicyConditionJson(keys: readonly TrustPolicyConditionKey[]): string {
  const condition = new Map<string, Map<string, string | string[]>>();
  for (const { operator, key, values } of keys) {
    const block = condition.get(operator) ?? new Map<string, string | string[]>();
    block.set(key, values.length === 1 ? (values[0] ?? '') : values);
    condition.set(operator, block);
  }
  const plain = Object.fromEntries(
    [...condition].map(([operator, block]) => [operator, Object.fromEntries(block)]),
  );
  return JSON.stringify({ Condition: plain }, null, 2);
}

function claimStrings(claims: JsonObject, claim: string): string[] {
  if (claim === 'aud') return jwtAudiences(claims);
  const value = ownField(claims, claim);
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}
