// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnoseNetworkFailure } from './diagnose-network-failure.ts';
import {
  startInProcessSandbox,
  takeSandboxStats,
  type InProcessSandbox,
} from './testing/in-process-sandbox.ts';

let sandbox: InProcessSandbox;
let stopped: InProcessSandbox;
beforeAll(async () => {
  sandbox = await startInProcessSandbox();
  // A port that was just served and is now closed: nothing answers there.
  stopped = await startInProcessSandbox();
  await stopped.close();
});
afterAll(async () => {
  await sandbox.close();
});

/** The real fetch, recording what the probe asked it for. */
function recordingFetch(): { fetch: typeof fetch; calls: { url: string; init?: RequestInit }[] } {
  const calls: { url: string; init?: RequestInit }[] = [];
  return {
    calls,
    fetch: (input, init) => {
      const url = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
      calls.push({ url, ...(init === undefined ? {} : { init }) });
      return fetch(input, init);
    },
  };
}

describe('diagnoseNetworkFailure', () => {
  it('says "csp" without a probe when the page’s policy blocks the endpoint', async () => {
    const probe = recordingFetch();
    expect(await diagnoseNetworkFailure(sandbox.url, probe.fetch, () => false)).toBe('csp');
    expect(probe.calls).toEqual([]);
  });

  it('says "cors" when the endpoint answers the probe at all', async () => {
    await takeSandboxStats(sandbox);
    const probe = recordingFetch();
    expect(await diagnoseNetworkFailure(sandbox.url, probe.fetch)).toBe('cors');
    expect((await takeSandboxStats(sandbox)).byAction).toEqual({ GetCallerIdentity: 1 });
  });

  it('says "unreachable" when nothing answers', async () => {
    expect(await diagnoseNetworkFailure(stopped.url, recordingFetch().fetch)).toBe('unreachable');
  });

  it('probes with an opaque, credential-free request that carries no secret', async () => {
    const probe = recordingFetch();
    await diagnoseNetworkFailure(sandbox.url, probe.fetch);
    expect(probe.calls).toHaveLength(1);
    const { url, init } = probe.calls[0] ?? { url: '' };
    expect(url).toBe(sandbox.url);
    expect(init).toMatchObject({
      method: 'POST',
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    // Only a CORS-safelisted header, so the browser sends it without a preflight.
    expect(init?.headers).toEqual({ 'content-type': 'application/x-www-form-urlencoded' });
  });
});
