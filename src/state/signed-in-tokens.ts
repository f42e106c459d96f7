// Which identity provider's sign-in in this tab issued a web identity token, so a set traded for
// it can be renewed by signing in again (Keep fresh). Keyed by the token's signature (unique per
// token, and useless without the header and claims it signs): no copy of a token is kept here, and
// no JWT decoder is needed on the way from an answer to its card. Memory only, a handful at most.
import type { OidcProvider } from '../lib/oidc/provider-settings.ts';

const KEEP = 8;
const providers = new Map<string, OidcProvider>();

function keyOf(token: string): string | undefined {
  const parts = token.split('.');
  const signature = parts.length === 3 ? parts[2] : undefined;
  return signature === undefined || signature === '' ? undefined : signature;
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
