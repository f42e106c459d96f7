// Which identity provider's sign-in in this tab issued a web identity token, so a set traded for
// it can be renewed by signing in again (Keep fresh). Keyed by the token's issuer and nonce (a
// random value per sign-in, no secret once the token exists): no copy of a token is kept here.
// Memory only, a handful of sign-ins at most.
import { decodeJwt } from '../lib/decoders/jwt.ts';
import type { OidcProvider } from '../lib/oidc/provider-settings.ts';

const KEEP = 8;
const providers = new Map<string, OidcProvider>();

function keyOf(token: string): string | undefined {
  const decoded = decodeJwt(token);
  if (!decoded.ok) return undefined;
  const { iss, nonce } = decoded.value.claims;
  return typeof iss === 'string' && typeof nonce === 'string' ? `${iss} ${nonce}` : undefined;
}

/** Remembers that this tab's sign-in with `provider` issued `token` (checked by the sign-in). */
export function rememberSignInToken(token: string, provider: OidcProvider): void {
  const key = keyOf(token);
  if (key === undefined) return;
  providers.delete(key);
  providers.set(key, provider);
  for (const old of providers.keys()) {
    if (providers.size <= KEEP) break;
    providers.delete(old);
  }
}

/** The provider whose sign-in in this tab issued `token`, or undefined for any other token. */
export function signInProviderOf(token: string | undefined): OidcProvider | undefined {
  const key = token === undefined ? undefined : keyOf(token);
  return key === undefined ? undefined : providers.get(key);
}
