/** The sandbox's request counters (GET /__sandbox/stats), read from Node. */
export interface SandboxStats {
  requests: number;
  preflights: number;
  byAction: Record<string, number>;
  lastHandlingMs: number;
}

function isStats(value: unknown): value is SandboxStats {
  return (
    typeof value === 'object' &&
    value !== null &&
    'requests' in value &&
    typeof value.requests === 'number' &&
    'preflights' in value &&
    typeof value.preflights === 'number' &&
    'lastHandlingMs' in value &&
    typeof value.lastHandlingMs === 'number'
  );
}

async function call(url: string, method: 'GET' | 'POST'): Promise<SandboxStats> {
  // The sandbox's control API takes changes as JSON only.
  const response = await fetch(
    url,
    method === 'GET'
      ? { method }
      : { method, headers: { 'content-type': 'application/json' }, body: '{}' },
  );
  const body: unknown = await response.json();
  if (!response.ok || !isStats(body)) throw new Error(`${method} ${url}: HTTP ${response.status}`);
  return body;
}

/** Reads the counters. */
export function readStats(sandboxUrl: string): Promise<SandboxStats> {
  return call(`${sandboxUrl}/__sandbox/stats`, 'GET');
}

/** Zeroes the counters. */
export async function resetStats(sandboxUrl: string): Promise<void> {
  await call(`${sandboxUrl}/__sandbox/stats/reset`, 'POST');
}
