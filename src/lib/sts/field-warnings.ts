import type { OperationName } from './operations.ts';
import { sessionPolicyMaxCharacters } from './schemas/policy-limits.ts';
import { isRecord } from './schemas/records.ts';
import { codePointLength, formatCount } from './schemas/text.ts';

/** What kind of credentials will sign the call. */
export type SignerKind = 'long-term' | 'role-session' | 'federated' | 'root' | 'none';

/** What the warnings may know besides the values. */
export interface WarningContext {
  readonly signerKind?: SignerKind;
}

/** A non-blocking warning; `path` is the form path ("Policy"), or "" for the whole form. */
export interface FieldWarning {
  readonly path: string;
  readonly message: string;
}

type Values = Readonly<Record<string, unknown>>;
type Rule = (
  operation: OperationName,
  values: Values,
  signer: SignerKind,
) => FieldWarning | undefined;

const roleOperations: readonly OperationName[] = [
  'AssumeRole',
  'AssumeRoleWithSAML',
  'AssumeRoleWithWebIdentity',
];
const oneHour = 3600;

function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

function filledString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const assumeRolePolicySize: Rule = (operation, values) => {
  const policy = filledString(values.Policy);
  if (operation !== 'AssumeRole' || policy === undefined) return undefined;
  const length = codePointLength(policy);
  if (length <= sessionPolicyMaxCharacters) return undefined;
  return {
    path: 'Policy',
    message: `Session policy has ${formatCount(length)} characters; AWS documents at most ${formatCount(sessionPolicyMaxCharacters)} for session policy text, so STS may reject it`,
  };
};

const roleDuration: Rule = (operation, values, signer) => {
  const duration = wholeNumber(values.DurationSeconds);
  if (!roleOperations.includes(operation) || duration === undefined || duration <= oneHour) {
    return undefined;
  }
  const message =
    operation === 'AssumeRole' && signer === 'role-session'
      ? 'Role chaining (signing with role session credentials) limits the session to 1 hour: STS rejects a duration over 3,600 seconds'
      : "A duration over 3,600 seconds works only if the role's maximum session duration is raised (up to 43,200)";
  return { path: 'DurationSeconds', message };
};

const needsLongTermKeys: Rule = (operation, _values, signer) => {
  if (operation !== 'GetSessionToken' && operation !== 'GetFederationToken') return undefined;
  if (signer !== 'role-session' && signer !== 'federated') return undefined;
  return {
    path: '',
    message: `${operation} needs long-term credentials (an IAM user's access keys); STS rejects temporary session credentials`,
  };
};

const rootSessionCap: Rule = (operation, values, signer) => {
  const duration = wholeNumber(values.DurationSeconds);
  if (signer !== 'root' || duration === undefined || duration <= oneHour) return undefined;
  if (operation === 'GetSessionToken') {
    return {
      path: 'DurationSeconds',
      message:
        'With root user credentials the session lasts at most 3,600 seconds (STS shortens a longer duration)',
    };
  }
  if (operation === 'GetFederationToken') {
    return {
      path: 'DurationSeconds',
      message: 'With root user credentials the session lasts at most 3,600 seconds',
    };
  }
  return undefined;
};

const rootCannotAssumeRole: Rule = (operation, _values, signer) =>
  operation === 'AssumeRole' && signer === 'root'
    ? { path: '', message: 'The root user cannot call AssumeRole; sign with an IAM user or role' }
    : undefined;

const federationWithoutPolicy: Rule = (operation, values) => {
  if (operation !== 'GetFederationToken') return undefined;
  const arns = Array.isArray(values.PolicyArns) ? values.PolicyArns.length : 0;
  if (filledString(values.Policy) !== undefined || arns > 0) return undefined;
  return {
    path: 'Policy',
    message:
      'Without a session policy or policy ARNs the federated user session has no permissions',
  };
};

const rootZeroDuration: Rule = (operation, values) =>
  operation === 'AssumeRoot' && values.DurationSeconds === 0
    ? {
        path: 'DurationSeconds',
        message:
          'A duration of 0 is allowed, but AWS does not document what it does; leave the field empty for the default of 900 seconds',
      }
    : undefined;

const providerIdForOAuthOnly: Rule = (operation, values) => {
  const provider = filledString(values.ProviderId);
  if (operation !== 'AssumeRoleWithWebIdentity' || provider === undefined) return undefined;
  if (provider === 'www.amazon.com' || provider === 'graph.facebook.com') return undefined;
  return {
    path: 'ProviderId',
    message:
      'Provider ID is only for OAuth 2.0 access tokens from www.amazon.com or graph.facebook.com; leave it empty for OpenID Connect tokens',
  };
};

function arnShape(member: string, resource: string, label: string): Rule {
  const shape = new RegExp(`^arn:[^:]+:iam::\\d{12}:${resource}/.+$`);
  return (operation, values) => {
    const arn = filledString(values[member]);
    // Only once the model's own rules (20+ characters) pass, so the field shows one thing at a time.
    if (!roleOperations.includes(operation) || arn === undefined || codePointLength(arn) < 20) {
      return undefined;
    }
    if (shape.test(arn)) return undefined;
    return {
      path: member,
      message: `${label} does not look like arn:aws:iam::<account ID>:${resource}/<name>`,
    };
  };
}

const rules: readonly Rule[] = [
  rootCannotAssumeRole,
  needsLongTermKeys,
  arnShape('RoleArn', 'role', 'Role ARN'),
  arnShape('PrincipalArn', 'saml-provider', 'Principal ARN'),
  providerIdForOAuthOnly,
  assumeRolePolicySize,
  federationWithoutPolicy,
  roleDuration,
  rootSessionCap,
  rootZeroDuration,
];

/** Non-blocking warnings for an operation's (possibly unfinished) form values. */
export function fieldWarnings(
  operation: OperationName,
  values: object,
  context: WarningContext = {},
): FieldWarning[] {
  const readable = isRecord(values) ? values : {};
  const signer = context.signerKind ?? 'none';
  return rules.flatMap((rule) => rule(operation, readable, signer) ?? []);
}

/**
 * The message of the warning at `path` (one field, or "" for the whole form), worked out from the
 * form's values: what a field that watches the form for its own warning calls.
 */
export function fieldWarningAt(
  operation: OperationName,
  path: string,
  context: WarningContext = {},
): (values: object) => string | undefined {
  return (values) =>
    fieldWarnings(operation, values, context).find((w) => w.path === path)?.message;
}
