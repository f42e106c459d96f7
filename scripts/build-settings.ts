/** Settings that the build and the local servers share, read from the environment. */
export interface ConsoleBuildSettings {
  /** Port of the console (vite preview / dev). */
  port: number;
  /** Port of the local sandbox. */
  sandboxPort: number;
  /** URL of the local sandbox, baked into the build so the console can preselect it. */
  sandboxUrl: string;
  /** True when the build is served beside the sandbox (npm start, e2e). */
  embeddedSandbox: boolean;
  /** Extra origins the console may connect to (loopback, custom STS endpoints, identity providers). */
  extraConnectSources: string[];
}

/**
 * Any port on loopback, for the build served beside the sandbox: LocalStack, moto and other local
 * STS endpoints (and local identity providers) work from the console as shipped, no rebuild.
 * No `http://[::1]:*`: Chromium rejects an IPv6 literal in a source list and logs an error on
 * every page load (localhost reaches ::1 there).
 */
export const LOOPBACK_CONNECT_SOURCES: readonly string[] = [
  'http://localhost:*',
  'http://127.0.0.1:*',
];

type Env = Readonly<Record<string, string | undefined>>;

function readPort(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a port number from 1 to 65535, got "${raw}"`);
  }
  return port;
}

/** Reads PORT, SANDBOX_PORT, STS_CONSOLE_NO_SANDBOX and STS_CONSOLE_CONNECT_SRC. */
export function consoleBuildSettings(env: Env): ConsoleBuildSettings {
  const port = readPort(env, 'PORT', 5173);
  const sandboxPort = readPort(env, 'SANDBOX_PORT', 5174);
  const extra = (env.STS_CONSOLE_CONNECT_SRC ?? '').split(/[\s,]+/).filter((s) => s.length > 0);
  for (const origin of extra) {
    if (!/^https?:\/\/[^\s;,'"*]+$/.test(origin) && !/^https:\/\/\*\.[^\s;,'"*]+$/.test(origin)) {
      throw new Error(`STS_CONSOLE_CONNECT_SRC: "${origin}" is not an http(s) origin`);
    }
  }
  const embeddedSandbox = env.STS_CONSOLE_NO_SANDBOX !== '1';
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  return {
    port,
    sandboxPort,
    sandboxUrl,
    embeddedSandbox,
    // A deployment (STS_CONSOLE_NO_SANDBOX=1) keeps exactly the list it was given.
    extraConnectSources: embeddedSandbox
      ? [...new Set([sandboxUrl, ...LOOPBACK_CONNECT_SOURCES, ...extra])]
      : extra,
  };
}
