import { STSClient } from '@aws-sdk/client-sts';
import { err, ok } from '../result.ts';
import {
  directEndpoint,
  type EndpointSettings,
  type ResolvedEndpoint,
} from './endpoint-settings.ts';

// lead: sts-sdk.ts still imports the type from here; import it from endpoint-settings.ts, then drop this.

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
    return ok({ url: endpoint.url.href.replace(/\/$/, ''), signingRegion });
  } catch (error) {
    return err(error instanceof Error ? error.message : 'The SDK cannot resolve this endpoint');
  }
}
