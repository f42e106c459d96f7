import type { Result } from '../result.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import { toBashExports } from './bash.ts';
import { toCmdExports } from './cmd.ts';
import { toCredentialProcessJson } from './credential-process.ts';
import { toConfigFileProfile, toCredentialsFileWithHint } from './config-file.ts';
import { toCredentialProcessConfig } from './credential-process-config.ts';
import { toDockerEnvFile } from './docker-env.ts';
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
  | 'config-file'
  | 'credential-process'
  | 'credential-process-config'
  | 'dotenv'
  | 'docker-env'
  | 'json';

/** One "Copy as" format: its label and its pure writer. */
export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  /** Uses the profile name (INI and config output). */
  usesProfile?: boolean;
  write(creds: AwsCredentials, ctx: ExportContext): Result<string>;
}

/** Every "Copy as" format, in the order the console shows them. */
export const exportFormats: readonly ExportFormat[] = [
  { id: 'bash', label: 'bash', write: toBashExports },
  { id: 'fish', label: 'fish', write: toFishExports },
  { id: 'powershell', label: 'PowerShell', write: toPowerShellExports },
  { id: 'cmd', label: 'Windows cmd', write: toCmdExports },
  {
    usesProfile: true,
    id: 'credentials-file',
    label: 'credentials file',
    write: toCredentialsFileWithHint,
  },
  { usesProfile: true, id: 'config-file', label: 'config file', write: toConfigFileProfile },
  { id: 'credential-process', label: 'credential_process', write: toCredentialProcessJson },
  {
    usesProfile: true,
    id: 'credential-process-config',
    label: 'credential_process config',
    write: toCredentialProcessConfig,
  },
  { id: 'dotenv', label: '.env', write: toDotenv },
  { id: 'docker-env', label: 'docker --env-file', write: toDockerEnvFile },
  { id: 'json', label: 'JSON', write: toStsJson },
];
