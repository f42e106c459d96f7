import { err, ok, type Result } from '../result.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import {
  capitalize,
  checkSingleLineValue,
  envPlan,
  renderEntries,
  type EnvEntry,
} from './export-common.ts';

/**
 * A file for `docker run --env-file`: NAME=value lines, taken literally to the end of the line
 * (Docker removes no quotes and expands nothing), so a value must fit on one line as it is.
 */
export function toDockerEnvFile(creds: AwsCredentials, ctx: ExportContext): Result<string> {
  const plan = envPlan(creds, ctx);
  if (!plan.ok) return plan;
  // A container starts without the host's variables: nothing stale to clear.
  const lines = renderEntries(plan.value.set, checkDockerValue, (e) => `${e.name}=${e.value}`);
  if (!lines.ok) return lines;
  return ok(lines.value.join('\n') + '\n');
}

function checkDockerValue(entry: EnvEntry): Result<string> {
  const basic = checkSingleLineValue(entry, 'a docker --env-file');
  if (!basic.ok) return basic;
  // Docker keeps edge spaces, but editors and copy-paste drop trailing ones: refuse the doubt.
  if (entry.value.trim() !== entry.value) {
    return err(
      `${capitalize(entry.label)} starts or ends with spaces, which a docker --env-file line cannot keep reliably.`,
    );
  }
  return ok(entry.value);
}
