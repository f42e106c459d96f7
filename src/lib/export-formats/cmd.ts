import { err, ok, type Result } from '../result.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import {
  capitalize,
  checkSingleLineValue,
  codePoint,
  envPlan,
  renderEntries,
  type EnvEntry,
} from './export-common.ts';

/**
 * cmd.exe has no quoting that holds everything: %…% expands even inside quotes, ! does with
 * delayed expansion, a " ends the quoted set, a line break ends the command. These are refused;
 * the other metacharacters are refused too, so the output is safe whatever the quoting state.
 */
const CMD_UNSAFE = /["%!^&|<>]/;

/** `set "AWS_…=…"` lines for Windows cmd; values cmd cannot hold safely are an error. */
export function toCmdExports(creds: AwsCredentials, ctx: ExportContext): Result<string> {
  const plan = envPlan(creds, ctx);
  if (!plan.ok) return plan;
  const lines = renderEntries(plan.value.set, checkCmdValue, (e) => `set "${e.name}=${e.value}"`);
  if (!lines.ok) return lines;
  const clear = plan.value.unset.map((name) => `set "${name}="`);
  return ok([...clear, ...lines.value].join('\r\n') + '\r\n');
}

function checkCmdValue(entry: EnvEntry): Result<string> {
  const basic = checkSingleLineValue(entry, 'Windows cmd');
  if (!basic.ok) return basic;
  const bad = CMD_UNSAFE.exec(entry.value);
  if (bad !== null) {
    return err(
      `${capitalize(entry.label)} contains ${bad[0]} (${codePoint(bad[0])}), which Windows cmd cannot hold safely; use PowerShell instead.`,
    );
  }
  return ok(entry.value);
}
