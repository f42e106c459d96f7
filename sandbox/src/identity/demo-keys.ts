// Loads the committed DEMO keys from sandbox/keys (see sandbox/keys/README.md). They are public on
// purpose: the sandbox is a local imitation, and fixed keys let a token minted by the CLI in one
// process verify in a server started in another.
import { readFileSync } from 'node:fs';
import type { JWK } from 'jose';

/** A private JWK that carries the kid and alg it is used with. */
export type SigningJwk = JWK & { kid: string; alg: string; kty: string };

const keysDirectory = new URL('../../keys/', import.meta.url);
const cache = new Map<string, string>();

function readKeyFile(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const text = readFileSync(new URL(name, keysDirectory), 'utf8');
  cache.set(name, text);
  return text;
}

function readSigningJwk(name: string): SigningJwk {
  const parsed: unknown = JSON.parse(readKeyFile(name));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${name} is not a JWK`);
  const jwk = parsed as Record<string, unknown>;
  const { kid, alg, kty } = jwk;
  if (typeof kid !== 'string' || typeof alg !== 'string' || typeof kty !== 'string') {
    throw new Error(`${name} must carry kid, alg and kty`);
  }
  return { ...(jwk as JWK), kid, alg, kty };
}

/** The sandbox OpenID provider's RS256 private signing key (private JWK with kid). */
export function oidcSigningJwk(): SigningJwk {
  return readSigningJwk('oidc-signing.rs256.jwk.json');
}

/** The private signing key GetWebIdentityToken uses for the given algorithm. */
export function outboundSigningJwk(algorithm: 'RS256' | 'ES384'): SigningJwk {
  return readSigningJwk(
    algorithm === 'RS256' ? 'outbound.rs256.jwk.json' : 'outbound.es384.jwk.json',
  );
}

/** The SAML IdP's RSA private key (PKCS#8 PEM). */
export function samlIdpPrivateKeyPem(): string {
  return readKeyFile('saml-idp.key.pem');
}

/** The SAML IdP's self-signed X.509 certificate (PEM), as registered with the SAML provider. */
export function samlIdpCertificatePem(): string {
  return readKeyFile('saml-idp.cert.pem');
}

/** Keeps only the public members of a JWK, i.e. what a JWKS may publish. */
export function toPublicJwk(jwk: SigningJwk): SigningJwk {
  const { kty, kid, alg, use, n, e, crv, x, y } = jwk;
  const members = { use, n, e, crv, x, y };
  const present = Object.fromEntries(
    Object.entries(members).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  return { ...present, kty, kid, alg };
}
