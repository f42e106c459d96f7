import { decodeJwt } from '../decoders/jwt.ts';
import type { OidcProvider } from '../oidc/provider-settings.ts';
import { jwtTimes } from '../decoders/jwt-warnings.ts';
import { err, ok, type Result } from '../result.ts';
import type { EndpointSettings } from '../sts/endpoint-settings.ts';
import { operationByName } from '../sts/operations.ts';
import { describeDestination, mayBeSentTo, settingsFor } from './endpoint-binding.ts';
import { hasExpired } from './local-expiry.ts';
import { isLongTerm, type WalletEntry } from './wallet-store.ts';

/**
 * What renews a set without the user: the set that signs the call again, if the call is signed;
 * or, for a web identity set whose token has expired, the provider to sign in with again.
 */
export interface RenewalSource {
  signer?: WalletEntry | undefined;
  signIn?: OidcProvider | undefined;
}

/** A token this close to its expiry is not traded again (the call takes time): a sign-in is. */
const TOKEN_MARGIN_MS = 60_000;

/** What a call needs that only the user can give again, per operation. */
const NEEDS_THE_USER: Readonly<Record<string, string>> = {
  AssumeRoleWithSAML: 'it needs a fresh SAML assertion',
  GetDelegatedAccessToken: 'it needs a new trade-in token',
};

/** Pure: why the web identity token the set used cannot be traded again, or undefined if it can. */
function tokenProblem(token: string | undefined, nowMs: number): string | undefined {
  if (token === undefined) return 'the web identity token it used is no longer in memory';
  const decoded = decodeJwt(token);
  const expiresAt = decoded.ok ? jwtTimes(decoded.value.claims).expiresAt : undefined;
  if (expiresAt === undefined) return 'the web identity token it used has no readable expiry';
  if (expiresAt.getTime() <= nowMs + TOKEN_MARGIN_MS) {
    return 'the web identity token it used has expired';
  }
  return undefined;
}

/** Pure: the token again while it is valid, else a sign-in with the provider that issued it. */
function webIdentitySource(entry: WalletEntry, nowMs: number): Result<RenewalSource> {
  const problem = tokenProblem(entry.webIdentityToken, nowMs);
  if (problem === undefined) return ok({});
  return entry.signIn === undefined ? err(problem) : ok({ signIn: entry.signIn });
}

/**
 * Pure: the endpoint settings that send a renewal back to where the set came from (a set is
 * bound to its issuer), in the region it was issued in: the very settings of the issuing call
 * when the set has them (FIPS, dual-stack, global endpoint), else rebuilt from its binding.
 */
export function issuingEndpoint(entry: WalletEntry): EndpointSettings {
  return (
    entry.issuedWith ?? settingsFor(entry.binding.issuedBy, entry.source.region ?? 'us-east-1')
  );
}

/** Pure: why the parent cannot sign the renewal at the set's own endpoint, or undefined. */
function signerProblem(
  entry: WalletEntry,
  parent: WalletEntry | undefined,
  nowMs: number,
): string | undefined {
  if (parent === undefined) return 'the set that signed for it is no longer in the wallet';
  if (hasExpired(parent, nowMs))
    return `the set that signed for it (“${parent.label}”) has expired`;
  if (!mayBeSentTo(parent.binding, issuingEndpoint(entry))) {
    return `“${parent.label}” may not be sent to ${describeDestination(entry.binding.issuedBy)}, where this set came from`;
  }
  return undefined;
}

/**
 * Pure: whether the call that made `entry` can be sent again with nothing from the user — long-term
 * keys or a live parent to sign it, a still-valid web identity token, or a sign-in again with the
 * provider that issued the token (in this tab) — and if not, why not.
 */
export function renewalSource(
  entry: WalletEntry,
  all: readonly WalletEntry[],
  nowMs: number,
): Result<RenewalSource> {
  const { operation, params } = entry.source;
  const info = operationByName(operation);
  if (info?.result !== 'credentials')
    return err('it was not issued by STS here: nothing renews it');
  if (isLongTerm(entry.credentials)) return err('long-term keys do not expire');
  if (hasExpired(entry, nowMs)) return err('it has expired (Run again renews it)');
  const needs = NEEDS_THE_USER[operation];
  if (needs !== undefined) return err(needs);
  if (typeof params.SerialNumber === 'string') return err('it needs a new MFA code');
  if (info.auth === 'anonymous') return webIdentitySource(entry, nowMs);
  const parent = all.find((e) => e.id === entry.parentId);
  const problem = signerProblem(entry, parent, nowMs);
  return problem === undefined ? ok({ signer: parent }) : err(problem);
}
