/**
 * The local STS sandbox started inside a Vitest process, for tests of the console's STS client
 * against real answers. Only for test files that run under `// @vitest-environment node`.
 *
 * The sandbox is Node code outside the app's tsconfig (browser types only), so it is imported
 * by a path TypeScript does not follow and typed here by hand, as far as the tests need it.
 */
import type { AwsCredentials } from '../../wallet/aws-credentials.ts';
import type { EndpointSettings } from '../endpoint-settings.ts';

export interface SandboxSummary {
  accountId: string;
  issuer: string;
  user: { arn: string; accessKeyId: string; secretAccessKey: string };
  roles: { webIdentity: string; admin: string; mfa: string };
}

export interface InProcessSandbox {
  url: string;
  summary: SandboxSummary;
  close(): Promise<void>;
}

interface ServerModule {
  startSandbox(options: { port: number; consoleOrigins: string[] }): Promise<InProcessSandbox>;
}

interface IdTokenModule {
  mintIdToken(options: { issuer: string; sub: string; ttlSeconds?: number }): Promise<string>;
}

const serverPath = '../../../../sandbox/src/server.ts';
const idTokenPath = '../../../../sandbox/src/identity/id-token.ts';

/** Starts a sandbox on a free loopback port. */
export async function startInProcessSandbox(): Promise<InProcessSandbox> {
  const server = (await import(/* @vite-ignore */ serverPath)) as ServerModule;
  return server.startSandbox({ port: 0, consoleOrigins: ['http://127.0.0.1:5173'] });
}

/** A web identity token the sandbox's OpenID provider signed (negative ttl: already expired). */
export async function mintWebIdentityToken(
  sandbox: InProcessSandbox,
  sub: string,
  ttlSeconds?: number,
): Promise<string> {
  const idToken = (await import(/* @vite-ignore */ idTokenPath)) as IdTokenModule;
  return idToken.mintIdToken({
    issuer: sandbox.summary.issuer,
    sub,
    ...(ttlSeconds === undefined ? {} : { ttlSeconds }),
  });
}

/** The console's endpoint settings for this sandbox. */
export function sandboxEndpoint(sandbox: InProcessSandbox): EndpointSettings {
  return { kind: 'sandbox', url: sandbox.url, region: 'us-east-1' };
}

/** The demo user's long-term keys, as a fresh wallet credential object. */
export function demoKeys(sandbox: InProcessSandbox): AwsCredentials {
  return {
    accessKeyId: sandbox.summary.user.accessKeyId,
    secretAccessKey: sandbox.summary.user.secretAccessKey,
  };
}

export interface SandboxStats {
  requests: number;
  byAction: Record<string, number>;
}

/** Sets a sandbox fault (`none` clears it) for the next STS requests. */
export async function setSandboxFault(
  sandbox: InProcessSandbox,
  mode: string,
  options: { count?: number; latencyMs?: number } = {},
): Promise<void> {
  const response = await fetch(`${sandbox.url}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mode, ...options }),
  });
  if (!response.ok) throw new Error(`setting fault ${mode}: HTTP ${String(response.status)}`);
}

/** Zeroes the request counters and returns what they were. */
export async function takeSandboxStats(sandbox: InProcessSandbox): Promise<SandboxStats> {
  const before = (await (await fetch(`${sandbox.url}/__sandbox/stats`)).json()) as SandboxStats;
  const reset = await fetch(`${sandbox.url}/__sandbox/stats/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (!reset.ok) throw new Error(`resetting stats: HTTP ${String(reset.status)}`);
  return before;
}
