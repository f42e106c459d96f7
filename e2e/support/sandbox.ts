import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The sandbox the e2e web server started (see playwright.config.ts). */
export const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 5274);
export const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;

export interface WorldSummary {
  endpoint: string;
  region: string;
  accountId: string;
  memberAccount: string;
  issuer: string;
  audience: string;
  user: {
    arn: string;
    accessKeyId: string;
    secretAccessKey: string;
    mfaSerial: string;
    mfaSecretBase32: string;
  };
  roles: { webIdentity: string; admin: string; mfa: string; saml: string };
  samlProvider: string;
}

/** Runs `npm run sandbox -- <args>` as a user would (through tsx directly, same code). */
export async function sandboxCli(args: readonly string[]): Promise<string> {
  const { stdout } = await run('node_modules/.bin/tsx', ['sandbox/cli.ts', ...args], {
    env: { ...process.env, SANDBOX_PORT: String(sandboxPort) },
  });
  return stdout.trim();
}

export async function world(): Promise<WorldSummary> {
  return JSON.parse(await sandboxCli(['world', '--json'])) as WorldSummary;
}

/** Sets a fault mode on the sandbox for the next requests. */
export async function setFault(
  mode: string,
  options: { count?: number; latencyMs?: number } = {},
): Promise<void> {
  const response = await fetch(`${sandboxUrl}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mode, ...options }),
  });
  if (!response.ok) throw new Error(`setting fault ${mode}: HTTP ${response.status}`);
}

export interface SandboxStats {
  requests: number;
  preflights: number;
  byAction: Record<string, number>;
  lastHandlingMs: number;
  handlingMs: number[];
}

export async function stats(): Promise<SandboxStats> {
  return (await (await fetch(`${sandboxUrl}/__sandbox/stats`)).json()) as SandboxStats;
}

export async function resetStats(): Promise<void> {
  // The control API takes changes as JSON only (a text/plain POST could come from any web page).
  const response = await fetch(`${sandboxUrl}/__sandbox/stats/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (!response.ok) throw new Error(`resetting sandbox stats: HTTP ${response.status}`);
}
