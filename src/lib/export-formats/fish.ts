import { ok, type Result } from '../result.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import { checkTerminalValue, envPlan, renderEntries } from './export-common.ts';

/** Single-quotes a value for fish: inside single quotes only \\ and \' are escapes. */
export function quoteFish(value: string): string {
  return `'${value.replace(/[\\']/g, '\\$&')}'`;
}

/** `set -gx AWS_… '…'` lines for fish, erasing stale variables first. */
export function toFishExports(creds: AwsCredentials, ctx: ExportContext): Result<string> {
  const plan = envPlan(creds, ctx);
  if (!plan.ok) return plan;
  const lines = renderEntries(
    plan.value.set,
    (e) => checkTerminalValue(e, 'a shell paste'),
    (e) => `set -gx ${e.name} ${quoteFish(e.value)}`,
  );
  if (!lines.ok) return lines;
  const erase = plan.value.unset.map((name) => `set -e ${name}`);
  return ok([...erase, ...lines.value].join('\n') + '\n');
}
