// @vitest-environment node
// The .env export read by python-dotenv and by Node's own parser (--env-file, process.loadEnvFile):
// every value it writes comes back byte-identical, or it refuses to write.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AwsCredentials } from '../wallet/aws-credentials.ts';
import { hasSessionToken } from '../wallet/session-token.ts';
import { cleanHome, nodeApis } from './consumer-harness.ts';
import { toDotenv } from './dotenv.ts';
import { credentialsWith, terminalValue } from './test-arbitraries.ts';

const node = await nodeApis();
const { home, env } = cleanHome(node);
const file = `${home}/test.env`;
const NAMES = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_ENDPOINT_URL_STS'];

const readers = {
  'python-dotenv': [
    'python3',
    '-c',
    'import json,sys; from dotenv import dotenv_values; print(json.dumps(dotenv_values(sys.argv[1])))',
    file,
  ],
  'node --env-file': [
    'node',
    `--env-file=${file}`,
    '-e',
    `process.stdout.write(JSON.stringify(Object.fromEntries(${JSON.stringify(NAMES)}.map((n) => [n, process.env[n]]))))`,
  ],
  'process.loadEnvFile': [
    'node',
    '-e',
    `process.loadEnvFile(${JSON.stringify(file)}); process.stdout.write(JSON.stringify(Object.fromEntries(${JSON.stringify(NAMES)}.map((n) => [n, process.env[n]]))))`,
  ],
} as const;

async function read(reader: keyof typeof readers, text: string): Promise<Record<string, unknown>> {
  node.writeFileSync(file, text);
  const [command, ...args] = readers[reader];
  const run = await node.spawn(command, args, { env, timeout: 30_000 });
  if (run.status !== 0) throw new Error(`${reader} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

function expectedOf(creds: AwsCredentials, region: string | undefined) {
  return {
    AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
    // A blank session token is no session token: the writers leave it out.
    AWS_SESSION_TOKEN: hasSessionToken(creds) ? creds.sessionToken : undefined,
    AWS_REGION: region,
    AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:5174',
  };
}

describe.each(Object.keys(readers) as (keyof typeof readers)[])(
  '%s reads the .env export',
  (reader) => {
    it.each([
      'a #b $HOME $(id) `id`',
      '"double" quotes',
      'ünï©ødé 😀',
      '=x==',
      'a\tb'.replace('\t', ' '),
    ])('keeps %j byte-identical', async (secret) => {
      const creds = {
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: secret,
        sessionToken: secret,
      };
      const out = toDotenv(creds, { region: 'eu-west-1', endpointUrl: 'http://127.0.0.1:5174' });
      if (!out.ok) throw new Error(out.error);
      const got = await read(reader, out.value);
      expect(got).toMatchObject(expectedOf(creds, 'eu-west-1'));
    });

    it('keeps generated values byte-identical, or refuses them', { timeout: 120_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(credentialsWith(terminalValue), async ({ creds, region }) => {
          const out = toDotenv(creds, { region, endpointUrl: 'http://127.0.0.1:5174' });
          if (!out.ok) return;
          const got = await read(reader, out.value);
          const expected = expectedOf(creds, region);
          for (const name of NAMES) {
            expect(got[name] ?? undefined).toBe(expected[name as keyof typeof expected]);
          }
        }),
        { numRuns: 25 },
      );
    });
  },
);
