/**
 * The roles' trust policies in world.json decide who may assume them: a token whose sub the policy
 * does not match is denied, and the same call succeeds once world.json carries the console's
 * drafted change (here: the subject added to the StringLike values).
 */
import { AssumeRoleWithWebIdentityCommand } from '@aws-sdk/client-sts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mintIdToken } from '../src/identity/id-token.ts';
import { startSandbox, type RunningSandbox } from '../src/server.ts';
import { DEFAULT_WORLD_FILE } from '../src/world/world-config.ts';
import { failure, stsClient, useTestSandbox } from './sandbox-fixture.ts';

const sandbox = useTestSandbox();
const ROLE = 'arn:aws:iam::111122223333:role/BranchDeployDemo';
const DEV = 'repo:sandbox-org/app:ref:refs/heads/dev';

const assume = async (target: RunningSandbox, sub: string) =>
  stsClient(target).send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: ROLE,
      RoleSessionName: 'deploy',
      WebIdentityToken: await mintIdToken({ issuer: target.summary.issuer, sub }),
    }),
  );

interface WorldJson {
  samlProviders: { certificateFile: string }[];
  roles: {
    name: string;
    trustPolicy: { Statement: { Condition: Record<string, Record<string, unknown>> }[] };
  }[];
}

/** world.json with the drafted change applied to BranchDeployDemo, in a temporary folder. */
function editedWorldFile(): { file: string; cleanup: () => void } {
  const world = JSON.parse(readFileSync(DEFAULT_WORLD_FILE, 'utf8')) as WorldJson;
  for (const p of world.samlProviders) {
    p.certificateFile = resolve(dirname(DEFAULT_WORLD_FILE), p.certificateFile);
  }
  const statement = world.roles.find((r) => r.name === 'BranchDeployDemo')?.trustPolicy
    .Statement[0];
  const like = statement?.Condition['StringLike'];
  if (like === undefined) throw new Error('BranchDeployDemo has no StringLike condition');
  like['{oidc}:sub'] = [like['{oidc}:sub'], DEV];
  const folder = mkdtempSync(join(tmpdir(), 'sandbox-world-'));
  const file = join(folder, 'world.json');
  writeFileSync(file, JSON.stringify(world));
  return {
    file,
    cleanup: () => {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

describe('trust policies from world.json', () => {
  it('denies a token whose sub the policy does not match, and admits one it does', async () => {
    const denied = await failure(assume(sandbox, DEV));
    expect(denied).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    const r = await assume(sandbox, 'repo:sandbox-org/app:ref:refs/heads/main');
    expect(r.AssumedRoleUser?.Arn).toBe(
      'arn:aws:sts::111122223333:assumed-role/BranchDeployDemo/deploy',
    );
  });

  const edited = editedWorldFile();
  let running: RunningSandbox | undefined;
  afterAll(async () => {
    await running?.close();
    edited.cleanup();
  });

  it('admits the same token once world.json carries the drafted change', async () => {
    running = await startSandbox({ port: 0, worldFile: edited.file });
    const r = await assume(running, DEV);
    expect(r.SubjectFromWebIdentityToken).toBe(DEV);
  });
});
