import { ok, type Result } from '../result.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import { configProfile, renderConfig } from './config-file.ts';
import { checkCredentials } from './export-common.ts';
import { checkProfileName } from './credentials-file.ts';

/** Where the credential_process JSON is saved, relative to $HOME. */
export function credentialProcessPath(profileName: string): string {
  return `.aws/sts-console/${profileName}.json`;
}

/**
 * The ~/.aws/config lines that use the credential_process JSON saved under ~/.aws/sts-console/.
 * botocore and the AWS CLI split the command like a shell but run no shell, so `$HOME` is
 * expanded by an explicit `sh -c`; the JS SDK runs it through a shell, which reads it the same.
 */
export function toCredentialProcessConfig(
  creds: AwsCredentials,
  ctx: ExportContext,
): Result<string> {
  const checked = checkCredentials(creds);
  if (!checked.ok) return checked;
  const name = checkProfileName(ctx.profileName);
  if (!name.ok) return name;
  const path = credentialProcessPath(name.value);
  const profile = configProfile(
    name.value,
    [
      {
        key: 'credential_process',
        label: 'the command',
        // The profile name is letters, digits and _ . + @ - only: safe inside double quotes.
        value: `sh -c 'cat "$HOME/${path}"'`,
      },
    ],
    ctx,
  );
  if (!profile.ok) return profile;
  return ok(
    `# Save the credential_process JSON as ~/${path}, then add this to ~/.aws/config:\n` +
      renderConfig([profile.value]),
  );
}
