import { ok, type Result } from '../result.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import { checkTerminalValue, envPlan, renderEntries } from './export-common.ts';

/** Single-quotes a value for bash/zsh/sh: nothing inside single quotes is special except the quote itself. */
export function quoteBash(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `export AWS_…='…'` lines for bash, zsh and POSIX sh, clearing stale variables first. */
export function toBashExports(creds: AwsCredentials, ctx: ExportContext): Result<string> {
  const plan = envPlan(creds, ctx);
  if (!plan.ok) return plan;
  const lines = renderEntries(
    plan.value.set,
    (e) => checkTerminalValue(e, 'a shell paste'),
    (e) => `export ${e.name}=${quoteBash(e.value)}`,
  );
  if (!lines.ok) return lines;
  return ok([`unset ${plan.value.unset.join(' ')}`, ...lines.value].join('\n') + '\n');
}
