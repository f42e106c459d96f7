import stsModel from '../model/sts-model.json' with { type: 'json' };
import { stsPartitions } from '../src/lib/sts/partitions.ts';

interface Partition {
  id: string;
  dnsSuffix: string;
  dualStackDnsSuffix: string;
  supportsFIPS: boolean;
  supportsDualStack: boolean;
  regions: string[];
}

/** The model's regions of a partition plus those the console offers (the SDK can know newer ones). */
function regionsOf(p: Partition): string[] {
  const offered = stsPartitions.find((s) => s.id === p.id)?.regions ?? [];
  return [...new Set([...p.regions, ...offered])].filter((r) => !r.endsWith('-global'));
}

/**
 * Every STS origin the SDK's endpoint rules can resolve to, listed explicitly: CSP host wildcards
 * only match a leftmost label, so `sts.*.amazonaws.com` cannot be written.
 */
export function stsOrigins(
  partitions: readonly Partition[] = stsModel.partitions_botocore,
): string[] {
  const origins = new Set<string>(['https://sts.amazonaws.com']);
  for (const p of partitions) {
    for (const region of regionsOf(p)) {
      origins.add(`https://sts.${region}.${p.dnsSuffix}`);
      if (p.supportsFIPS) {
        // aws-us-gov FIPS resolves to the plain regional host; the rules say so.
        origins.add(
          p.id === 'aws-us-gov'
            ? `https://sts.${region}.amazonaws.com`
            : `https://sts-fips.${region}.${p.dnsSuffix}`,
        );
      }
      if (p.supportsDualStack) {
        origins.add(`https://sts.${region}.${p.dualStackDnsSuffix}`);
        if (p.supportsFIPS) origins.add(`https://sts-fips.${region}.${p.dualStackDnsSuffix}`);
      }
    }
  }
  return [...origins].sort();
}

export interface CspOptions {
  /** Sandbox, custom STS endpoints and identity providers configured at build time. */
  extraConnectSources: readonly string[];
}

/**
 * The console's Content-Security-Policy: nothing inline, nothing but STS and chosen origins.
 * connect-src has no 'self': the console never fetches its own origin (its chunks and styles load
 * under script-src and style-src, modulepreload included; no JSON, wasm or worker is fetched).
 */
export function buildContentSecurityPolicy({ extraConnectSources }: CspOptions): string {
  const connect = [...extraConnectSources, ...stsOrigins()];
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "manifest-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types default',
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers a deployment sends with the console (vite preview sends them too). */
export function buildSecurityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Not same-origin: the sign-in pop-up must stay reachable while it is at the provider (to
    // see it closed, to bring it back to the front). It is cut off again when the provider sends
    // it back here, and hands the response over a same-origin BroadcastChannel instead.
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}
