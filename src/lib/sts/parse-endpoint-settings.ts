import { checkCustomEndpointUrl, type EndpointSettings } from './endpoint-settings.ts';

const REGION = /^[a-z]{2,4}(-[a-z0-9]+){1,4}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks settings read back from storage; undefined when they can't be trusted. A saved sandbox
 * choice follows the sandbox this build was served beside (its port may have changed).
 */
export function parseEndpointSettings(
  raw: unknown,
  sandboxUrl: string | undefined,
): EndpointSettings | undefined {
  if (!isRecord(raw)) return undefined;
  const region = typeof raw.region === 'string' && REGION.test(raw.region) ? raw.region : undefined;
  if (!region) return undefined;
  switch (raw.kind) {
    case 'sandbox':
      return sandboxUrl ? { kind: 'sandbox', url: sandboxUrl, region } : undefined;
    case 'aws':
      return {
        kind: 'aws',
        region,
        useGlobalEndpoint: raw.useGlobalEndpoint === true,
        useFips: raw.useFips === true,
        useDualStack: raw.useDualStack === true,
      };
    case 'custom': {
      const url = typeof raw.url === 'string' ? checkCustomEndpointUrl(raw.url) : undefined;
      return url?.ok ? { kind: 'custom', url: url.value, region } : undefined;
    }
    default:
      return undefined;
  }
}
