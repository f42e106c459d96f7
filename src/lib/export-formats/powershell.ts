import { ok, type Result } from '../result.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import { checkTerminalValue, envPlan, renderEntries } from './export-common.ts';

/** PowerShell treats ' and the typographic quotes ‘ ’ ‚ ‛ alike as single quotes. */
const PS_SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

/** Single-quotes a value for PowerShell: every single-quote character is doubled. */
export function quotePowerShell(value: string): string {
  return `'${value.replace(PS_SINGLE_QUOTES, '$&$&')}'`;
}

/** `$Env:AWS_… = '…'` lines for PowerShell, removing stale variables first. */
export function toPowerShellExports(creds: AwsCredentials, ctx: ExportContext): Result<string> {
  const plan = envPlan(creds, ctx);
  if (!plan.ok) return plan;
  const lines = renderEntries(
    plan.value.set,
    (e) => checkTerminalValue(e, 'a PowerShell paste'),
    (e) => `$Env:${e.name} = ${quotePowerShell(e.value)}`,
  );
  if (!lines.ok) return lines;
  const paths = plan.value.unset.map((name) => `Env:${name}`).join(', ');
  return ok(
    [`Remove-Item -Path ${paths} -ErrorAction SilentlyContinue`, ...lines.value].join('\n') + '\n',
  );
}
