import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../result.ts';
import { toBashExports } from '../export-formats/bash.ts';
import { toCmdExports } from '../export-formats/cmd.ts';
import { toCredentialProcessJson } from '../export-formats/credential-process.ts';
import { toCredentialsFileProfile } from '../export-formats/credentials-file.ts';
import { toDotenv } from '../export-formats/dotenv.ts';
import { toFishExports } from '../export-formats/fish.ts';
import { toStsJson } from '../export-formats/json.ts';
import { toPowerShellExports } from '../export-formats/powershell.ts';
import { credentialsWith, terminalValue } from '../export-formats/test-arbitraries.ts';
import type { AwsCredentials, ExportContext } from '../wallet/aws-credentials.ts';
import { withoutBlankSessionToken } from '../wallet/session-token.ts';
import type { ImportedCredentials } from './imported-credentials.ts';
import { parseEnvExports } from './parse-env-exports.ts';
import { parseIniProfile } from './parse-ini-profile.ts';
import { parseStsJson } from './parse-sts-json.ts';

type Writer = (creds: AwsCredentials, ctx: ExportContext) => Result<string>;
type Parser = (text: string) => Result<ImportedCredentials>;

const pairs: [string, Writer, Parser, boolean][] = [
  ['bash', toBashExports, parseEnvExports, true],
  ['fish', toFishExports, parseEnvExports, true],
  ['PowerShell', toPowerShellExports, parseEnvExports, true],
  ['Windows cmd', toCmdExports, parseEnvExports, true],
  ['.env', toDotenv, parseEnvExports, true],
  ['credentials file', toCredentialsFileProfile, (t) => parseIniProfile(t, 'round-trip'), true],
  ['credential_process', (c) => toCredentialProcessJson(c), parseStsJson, false],
  ['JSON', toStsJson, parseStsJson, true],
];

describe.each(pairs)('%s: parse(write(x)) gives x back', (_name, write, parse, carriesRegion) => {
  it('for generated hostile values the writer accepts', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(credentialsWith(terminalValue), ({ creds, region }) => {
        const out = write(creds, { region, profileName: 'round-trip' });
        fc.pre(out.ok);
        const back = parse(out.value);
        if (!back.ok) throw new Error(back.error);
        expect(
          Object.fromEntries(Object.entries(back.value).filter(([k]) => k !== 'source')),
        ).toEqual({
          // A blank session token is none: no writer writes it.
          ...withoutBlankSessionToken(creds),
          ...(carriesRegion && region !== undefined ? { region } : {}),
        });
      }),
      { numRuns: 1000 },
    );
  });
});
