import { err, ok, type Result } from '../result.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import {
  capitalize,
  checkSingleLineValue,
  envPlan,
  renderEntries,
  type EnvEntry,
} from './export-common.ts';

/** A .env file: NAME='value' lines, single-quoted so that # and $ stay literal. */
export function toDotenv(creds: AwsCredentials, ctx: ExportContext): Result<string> {
  const plan = envPlan(creds, ctx);
  if (!plan.ok) return plan;
  const lines = renderEntries(plan.value.set, checkDotenvValue, (e) => `${e.name}='${e.value}'`);
  if (!lines.ok) return lines;
  return ok(lines.value.join('\n') + '\n');
}

/**
 * dotenv dialects disagree on escapes inside single quotes (python-dotenv reads \\ and \'), so both
 * are refused; python-dotenv also expands ${NAME} inside single quotes, with no way to escape it.
 */
function checkDotenvValue(entry: EnvEntry): Result<string> {
  const basic = checkSingleLineValue(entry, 'a .env file');
  if (!basic.ok) return basic;
  if (/['\\]/.test(entry.value)) {
    return err(
      `${capitalize(entry.label)} contains ' or \\, which .env readers treat differently.`,
    );
  }
  if (entry.value.includes('${')) {
    return err(`${capitalize(entry.label)} contains \${, which python-dotenv would expand.`);
  }
  return ok(entry.value);
}
