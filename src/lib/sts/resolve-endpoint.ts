import { STSClient } from '@aws-sdk/client-sts';
import { directEndpoint, type EndpointSettings } from './endpoint-settings.ts';

export type ResolvedEndpoint =
  { ok: true; url: string; signingRegion: string } | { ok: false; error: string };

let resolverClient: STSClient | undefined;

/**
 * The URL the SDK's own endpoint rules give for these settings (never built by hand).
 * Errors from the rules (e.g. FIPS in a partition without it) come back as words.
 */
export function resolveEndpoint(settings: EndpointSettings): ResolvedEndpoint {
  if (settings.kind !== 'aws') return directEndpoint(settings);
  resolverClient ??= new STSClient({ region: 'us-east-1' });
  try {
    const endpoint = resolverClient.config.endpointProvider({
      Region: settings.region,
      UseFIPS: settings.useFips,
      UseDualStack: settings.useDualStack,
      UseGlobalEndpoint: settings.useGlobalEndpoint,
    });
    const schemes = endpoint.properties?.authSchemes;
    const first: unknown = Array.isArray(schemes) ? schemes[0] : undefined;
    const signingRegion =
      typeof first === 'object' && first !== null && 'signingRegion' in first
        ? String(first.signingRegion)
        : settings.region;
    return { ok: true, url: endpoint.url.href.replace(/\/$/, ''), signingRegion };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof Error ? error.message : 'The SDK cannot resolve this endpoint',
    };
  }
}
