import { err, ok, type Result } from '../result.ts';
import { checkCustomEndpointUrl, type EndpointSettings } from '../sts/endpoint-settings.ts';
import { operationByName } from '../sts/operations.ts';
import { looksLikeSecret } from './secret-looking.ts';

/** Non-secret members a share link may prefill for this operation (the registry's list). */
export function shareableMembers(operation: string): readonly string[] {
  return operationByName(operation)?.shareableMembers ?? [];
}

const NUMERIC = new Set(['DurationSeconds']);
const SETTINGS = new Set(['region', 'endpoint']);
const REGION = /^[a-z]{2,4}(-[a-z0-9]+){1,4}$/;

export interface SharedState {
  values: Record<string, string | number>;
  region?: string | undefined;
  endpoint?: 'sandbox' | 'aws' | { url: string } | undefined;
}

/** Pure: reads a share link's parameters; refuses any that could carry a secret. */
export function parseShareLink(operation: string, params: URLSearchParams): Result<SharedState> {
  const allowed = shareableMembers(operation);
  const values: Record<string, string | number> = {};
  const state: SharedState = { values };
  for (const [key, raw] of params) {
    // A secret pasted as a parameter's name would otherwise be echoed by the refusal below.
    if (looksLikeSecret(key)) {
      return err(
        'This link carries what looks like a secret in a parameter name. Links never carry secrets: nothing was filled in. Ask for a link without it.',
      );
    }
    if (looksLikeSecret(raw)) {
      return err(
        `This link carries what looks like a secret in “${key}”. Links never carry secrets: nothing was filled in. Ask for a link without it.`,
      );
    }
    if (SETTINGS.has(key)) continue;
    if (!allowed.includes(key)) {
      return err(
        `This link tries to fill “${key}”, which a share link may not carry (only ${allowed.length ? allowed.join(', ') : 'no fields'} for ${operation}). Nothing was filled in.`,
      );
    }
    if (raw.length > 2048) return err(`“${key}” in this link is too long.`);
    values[key] = NUMERIC.has(key) && /^\d{1,6}$/.test(raw) ? Number(raw) : raw;
  }
  const region = params.get('region');
  if (region !== null) {
    if (!REGION.test(region)) return err(`“${region}” is not a region name.`);
    state.region = region;
  }
  const endpoint = params.get('endpoint');
  if (endpoint === 'sandbox' || endpoint === 'aws') state.endpoint = endpoint;
  else if (endpoint !== null) {
    const url = checkCustomEndpointUrl(endpoint);
    if (!url.ok) return err(`The link’s endpoint: ${url.error}`);
    state.endpoint = { url: url.value };
  }
  return ok(state);
}

/** Pure: a link that opens an operation with its non-secret fields prefilled. */
export function buildShareLink(
  pageUrl: string,
  operation: string,
  values: Readonly<Record<string, unknown>>,
  settings: EndpointSettings,
): string {
  const params = new URLSearchParams();
  for (const key of shareableMembers(operation)) {
    const value = values[key];
    if (
      (typeof value === 'string' && value !== '') ||
      (typeof value === 'number' && Number.isFinite(value))
    ) {
      const text = String(value);
      if (!looksLikeSecret(text)) params.set(key, text);
    }
  }
  params.set('region', settings.region);
  params.set('endpoint', settings.kind === 'custom' ? settings.url : settings.kind);
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return `${base}#/${operationByName(operation)?.slug ?? ''}?${params.toString()}`;
}
