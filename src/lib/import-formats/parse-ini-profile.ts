import { err, type Result } from '../result.ts';
import { checkImportSize, finishImport, type ImportedCredentials } from './imported-credentials.ts';

/** Reads a profile from ~/.aws/credentials (or config) text: the named one, or the first with keys. */
export function parseIniProfile(input: string, profileName?: string): Result<ImportedCredentials> {
  const sized = checkImportSize(input);
  if (!sized.ok) return sized;
  const sections = readSections(input);
  if (sections.size === 0) return err('No [profile] section found.');
  let name = profileName;
  if (name === undefined) {
    name = [...sections].find(([, keys]) => keys.has('aws_access_key_id'))?.[0];
    if (name === undefined) return err('No profile in this text has aws_access_key_id.');
  }
  const keys = sections.get(name);
  if (keys === undefined) {
    return err(
      `There is no profile [${name}]; found ${[...sections.keys()].map((n) => `[${n}]`).join(', ')}.`,
    );
  }
  return finishImport(
    {
      accessKeyId: keys.get('aws_access_key_id'),
      secretAccessKey: keys.get('aws_secret_access_key'),
      sessionToken: keys.get('aws_session_token') ?? keys.get('aws_security_token'),
      expiration:
        keys.get('aws_credential_expiration') ??
        keys.get('x_security_token_expires') ??
        keys.get('aws_expiration'),
      region: keys.get('region'),
    },
    `~/.aws/credentials profile [${name}]`,
  );
}

/** Sections and their keys (lower case); "[profile x]" is read as "x". Later keys win. */
function readSections(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const rawLine of text.split(/\r?\n|\r/)) {
    // Comments: whole lines, and (as the JS SDK reads them) " #…" / " ;…" after a value.
    const line = rawLine.split(/(?:^|\s)[#;]/)[0]?.trim() ?? '';
    if (line === '') continue;
    const header = /^\[\s*(?:profile\s+)?([^\]]*?)\s*\]$/.exec(line);
    if (header !== null) {
      const name = header[1] ?? '';
      current = sections.get(name) ?? new Map<string, string>();
      sections.set(name, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (current === undefined || eq <= 0) continue;
    current.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
  }
  return sections;
}
