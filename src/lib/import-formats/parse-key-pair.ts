import { err, type Result } from '../result.ts';
import { checkImportSize, finishImport, type ImportedCredentials } from './imported-credentials.ts';

const PAIR =
  /^(A[KS]IA[A-Z0-9]{12,124})[ \t]*[\s:,;|=][ \t]*([A-Za-z0-9/+=]{16,128})(?:[ \t]*[\s:,;|=][ \t]*([A-Za-z0-9/+=]{16,}))?$/;

/** Reads "AKIA… secret" (space, tab, colon or comma between; also the IAM console's CSV with its header). */
export function parseKeyPair(input: string): Result<ImportedCredentials> {
  const sized = checkImportSize(input);
  if (!sized.ok) return sized;
  const lines = input.trim().split(/\r?\n/);
  // The IAM console's CSV starts with a header line naming the columns.
  const body = /access key id/i.test(lines[0] ?? '') ? lines.slice(1) : lines;
  const text = body.join('\n').trim();
  const match = PAIR.exec(text);
  if (match === null) return err('This is not an access key ID followed by a secret access key.');
  const [, accessKeyId, secretAccessKey, sessionToken] = match;
  if (accessKeyId?.startsWith('ASIA') === true && sessionToken === undefined) {
    return err(
      'ASIA… keys are temporary and need their session token too; paste the whole export.',
    );
  }
  return finishImport({ accessKeyId, secretAccessKey, sessionToken }, 'access key pair');
}
