/** A role name with an optional path, as IAM allows them (no "arn:" prefix, no spaces). */
const ROLE_NAME = /^(?:role\/)?((?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64})$/;
const ACCOUNT = /^\d{12}$/;

/**
 * Pure: the role ARN a bare role name ("Admin", "service-role/Deploy", "role/Admin") stands
 * for in `account`, or undefined when the value is not a bare role name or the account is
 * unknown.
 */
export function roleArnSuggestion(
  value: string,
  account: string | undefined,
  partition = 'aws',
): string | undefined {
  const name = ROLE_NAME.exec(value.trim())?.[1];
  if (name === undefined || account === undefined || !ACCOUNT.test(account)) return undefined;
  return `arn:${partition}:iam::${account}:role/${name}`;
}

/**
 * Pure: the account a role most likely lives in: the signer's when it is known, else the only
 * account among the ARNs the user has worked with (wallet sets, recent role ARNs).
 */
export function knownAccount(
  signerAccount: string | undefined,
  otherArns: readonly string[],
): string | undefined {
  if (signerAccount !== undefined && ACCOUNT.test(signerAccount)) return signerAccount;
  const accounts = new Set(
    otherArns.flatMap((arn) => {
      const account = arn.split(':')[4];
      return account !== undefined && ACCOUNT.test(account) ? [account] : [];
    }),
  );
  return accounts.size === 1 ? [...accounts][0] : undefined;
}
