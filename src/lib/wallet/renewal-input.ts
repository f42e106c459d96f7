import { planRunAgain } from './run-again.ts';
import type { WalletEntry } from './wallet-store.ts';

/**
 * Pure: the input of the call that renews `entry`, before the operation's schema checks it — the
 * values Run again would fill in, in the SDK's shape, with the web identity token the set kept in
 * memory. Undefined for sets no call made (imports, typed keys).
 */
export function renewalInput(entry: WalletEntry): Record<string, unknown> | undefined {
  const plan = planRunAgain(entry, []);
  if (plan === undefined) return undefined;
  const values: Record<string, unknown> = { ...plan.values };
  // The wallet records AssumeRoot's task policy as its ARN (for the form's picker); STS wants { arn }.
  if (plan.operation === 'AssumeRoot' && typeof values.TaskPolicyArn === 'string') {
    values.TaskPolicyArn = { arn: values.TaskPolicyArn };
  }
  if (plan.operation === 'AssumeRoleWithWebIdentity' && entry.webIdentityToken !== undefined) {
    values.WebIdentityToken = entry.webIdentityToken;
  }
  return values;
}
