/**
 * The CSP requires Trusted Types for every DOM sink. The only string sink the console uses is
 * DOMParser.parseFromString, for XML (STS responses via the SDK, SAML assertions): documents it
 * makes are inert — no script runs, nothing loads — so that sink alone is let through. Every
 * other sink (innerHTML, script text, eval…) stays blocked.
 */
interface TrustedTypePolicyFactoryLike {
  createPolicy(
    name: string,
    rules: { createHTML: (input: string, type: string, sink: string) => string | null },
  ): unknown;
}

/** Pure: which sinks may take a plain string. */
export function allowsStringSink(sink: string): boolean {
  return sink === 'DOMParser parseFromString';
}

/** Installs the "default" policy once (the CSP allows no other policy name). */
export function installTrustedTypesPolicy(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return;
  try {
    factory.createPolicy('default', {
      createHTML: (input, _type, sink) => (allowsStringSink(sink) ? input : null),
    });
  } catch {
    // Already installed (hot reload) or refused by the CSP: parsing falls back to being blocked.
  }
}
