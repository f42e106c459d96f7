import type { Result } from '../result.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import { toBashExports } from './bash.ts';
import { toCmdExports } from './cmd.ts';
import { toCredentialProcessJson } from './credential-process.ts';
import { toCredentialsFileProfile } from './credentials-file.ts';
import { toDotenv } from './dotenv.ts';
import { toFishExports } from './fish.ts';
import { toStsJson } from './json.ts';
import { toPowerShellExports } from './powershell.ts';

/** Identifies an export format. */
export type ExportFormatId =
  | 'bash'
  | 'fish'
  | 'powershell'
  | 'cmd'
  | 'credentials-file'
  | 'credential-process'
  | 'dotenv'
  | 'json';

/** One "Copy as" format: its label and its pure writer. */
export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  write(creds: AwsCredentials, ctx: ExportContext): Result<string>;
}

/** Every "Copy as" format, in the order the console shows them. */
export const exportFormats: readonly ExportFormat[] = [
  { id: 'bash', label: 'bash', write: toBashExports },
  { id: 'fish', label: 'fish', write: toFishExports },
  { id: 'powershell', label: 'PowerShell', write: toPowerShellExports },
  { id: 'cmd', label: 'Windows cmd', write: toCmdExports },
  { id: 'credentials-file', label: 'credentials file', write: toCredentialsFileProfile },
  { id: 'credential-process', label: 'credential_process', write: toCredentialProcessJson },
  { id: 'dotenv', label: '.env', write: toDotenv },
  { id: 'json', label: 'JSON', write: toStsJson },
];
