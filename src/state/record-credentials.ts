import {
  fromStsCredentials,
  nonSecretParams,
  type StsCredentialsOutput,
} from '../lib/wallet/from-sts-credentials.ts';
import { usableClockOffset } from '../lib/wallet/local-expiry.ts';
import { bindingTo } from '../lib/wallet/endpoint-binding.ts';
import type { EndpointSettings } from '../lib/sts/endpoint-settings.ts';
import type { WalletEntry, WalletIdentity } from '../lib/wallet/wallet-store.ts';
import { rememberRecent } from './recent-values.ts';
import { signInProviderOf } from './signed-in-tokens.ts';
import { wallet } from './wallet.ts';

export interface RecordCredentialsArgs {
  operation: string;
  /** The call's input; `secretKeys` members are left out of the wallet's record. */
  input: Readonly<Record<string, unknown>>;
  secretKeys: readonly string[];
  credentials: StsCredentialsOutput | undefined;
  identity?: WalletIdentity | undefined;
  label: string;
  /** The set that signed the call: the new set's parent in the lineage. */
  signer?: WalletEntry | undefined;
  /** Where and when the call that returned them went: a `CallSuccess` fits as it is. */
  call: IssuingCall;
  /** The set this call renews (Run again): its entry gets the new keys, name and place kept. */
  renews?: string | undefined;
}

/** What the call itself says about the credentials it returned. */
export interface IssuingCall {
  endpointUrl: string;
  region: string;
  /** The endpoint settings the call went out with: the new set is bound to them (issue 15). */
  endpointSettings: EndpointSettings;
  /**
   * Server time − local time (ms) the call observed: `CallResult.clockOffsetMs`. The wallet keeps
   * it so countdowns measure STS's `Expiration` against STS's clock, not a skewed local one.
   */
  clockOffsetMs: number | undefined;
}

/** The web identity token a call traded, kept in memory with its set for Keep fresh. */
function tradedToken(operation: string, input: Readonly<Record<string, unknown>>) {
  const token = input.WebIdentityToken;
  return operation === 'AssumeRoleWithWebIdentity' && typeof token === 'string' ? token : undefined;
}

/** Puts credentials an operation returned into the wallet, with lineage and a non-secret source. */
export function recordCredentials(args: RecordCredentialsArgs): WalletEntry | undefined {
  const credentials = fromStsCredentials(args.credentials);
  if (!credentials) return undefined;
  const fresh = {
    label: args.label,
    credentials,
    source: {
      operation: args.operation,
      params: nonSecretParams(args.input, args.secretKeys),
      endpointUrl: args.call.endpointUrl,
      region: args.call.region,
    },
    identity: args.identity,
    binding: bindingTo(args.call.endpointSettings),
    issuedWith: args.call.endpointSettings,
    parentId: args.signer?.id,
    clockOffsetMs: usableClockOffset(args.call.clockOffsetMs),
    webIdentityToken: tradedToken(args.operation, args.input),
    signIn: signInProviderOf(tradedToken(args.operation, args.input)),
  };
  const entry =
    (args.renews === undefined ? undefined : wallet.renew(args.renews, fresh)) ?? wallet.add(fresh);
  const roleArn = args.input.RoleArn;
  const sessionName = args.input.RoleSessionName;
  const recent = {
    roleArn: typeof roleArn === 'string' ? roleArn : undefined,
    sessionName: typeof sessionName === 'string' ? sessionName : undefined,
    region: args.call.region,
  };
  // In the next task: its localStorage write is not on the way from the answer to the card.
  setTimeout(() => {
    rememberRecent(recent);
  }, 0);
  return entry;
}

/** The identity of an assumed-role ARN: account from the ARN, user ID from STS. */
function assumedRoleIdentity(
  user: { Arn?: string | undefined; AssumedRoleId?: string | undefined } | undefined,
): WalletIdentity | undefined {
  if (!user?.Arn) return undefined;
  return { arn: user.Arn, account: user.Arn.split(':')[4], userId: user.AssumedRoleId };
}

/** The wallet's name for an assumed-role session: "Role/session" from its ARN, else `fallback`. */
function assumedRoleLabel(arn: string | undefined, fallback: string): string {
  const resource = arn?.split(':').slice(5).join(':');
  const match = resource ? /^assumed-role\/(.+)$/.exec(resource) : null;
  return match?.[1] ?? fallback;
}

/** The answer of an operation that assumes a role: its AssumedRoleUser. */
interface AssumedRoleAnswer {
  output: { AssumedRoleUser?: { Arn?: string | undefined; AssumedRoleId?: string | undefined } };
}

/**
 * A role-assuming page's `describeSet`: the wallet names the set "Role/session" from the
 * assumed-role ARN (`fallback` without one) and keeps its identity.
 */
export function describeAssumedRole(
  fallback: string,
): (result: AssumedRoleAnswer) => { label: string; identity: WalletIdentity | undefined } {
  return ({ output }) => ({
    label: assumedRoleLabel(output.AssumedRoleUser?.Arn, fallback),
    identity: assumedRoleIdentity(output.AssumedRoleUser),
  });
}
