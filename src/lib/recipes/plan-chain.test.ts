import { describe, expect, it } from 'vitest';
import type { WalletEntry } from '../wallet/wallet-store.ts';
import {
  CHAINING_CAP_SECONDS,
  planChain,
  recipeNeeds,
  recipePath,
  sessionNameFor,
} from './plan-chain.ts';
import type { Recipe } from './recipe.ts';
import { sandboxBinding } from '../wallet/wallet-fixtures.ts';

const ADMIN = 'arn:aws:iam::111122223333:role/Admin';
const READER = 'arn:aws:iam::111122223333:role/Reader';
const recipes: Recipe[] = [
  { name: 'admin', roleArn: ADMIN, sourceProfile: 'base', durationSeconds: 7200 },
  {
    name: 'reader',
    roleArn: READER,
    sourceProfile: 'admin',
    durationSeconds: 7200,
    externalId: 'x',
  },
  { name: 'mfa', roleArn: READER, mfaSerial: 'arn:aws:iam::111122223333:mfa/demo' },
];

function entry(
  id: string,
  over: Partial<WalletEntry> & { params?: Record<string, string> },
): WalletEntry {
  return {
    id,
    label: id,
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 's' },
    source: { operation: 'Import', params: over.params ?? {} },
    binding: sandboxBinding,
    createdAt: new Date(0),
    ...over,
  };
}
const base = entry('base', { params: { profile: 'base' } });
const live = () => true;

describe('planChain', () => {
  it('runs the whole chain from the keys profile, capping chained steps at one hour', () => {
    const plan = planChain('reader', recipes, [base], live, undefined);
    expect(plan.ok && plan.value.source).toBe(base);
    expect(
      plan.ok && plan.value.steps.map((s) => [s.recipe.name, s.values.DurationSeconds, s.capped]),
    ).toEqual([
      ['admin', 7200, false],
      ['reader', CHAINING_CAP_SECONDS, true],
    ]);
    expect(plan.ok && plan.value.steps[1]?.values).toEqual({
      RoleArn: READER,
      RoleSessionName: 'sts-console-reader',
      DurationSeconds: 3600,
      ExternalId: 'x',
    });
  });

  it('starts from a live set of an intermediate role, and caps the first step then', () => {
    const adminSet = entry('a', {
      params: { RoleArn: ADMIN },
      source: { operation: 'AssumeRole', params: { RoleArn: ADMIN } },
      identity: { arn: 'arn:aws:sts::111122223333:assumed-role/Admin/s' },
    });
    const plan = planChain('reader', recipes, [adminSet, base], live, undefined);
    expect(plan.ok && plan.value.source).toBe(adminSet);
    expect(
      plan.ok && plan.value.steps.map((s) => [s.recipe.name, s.values.DurationSeconds]),
    ).toEqual([['reader', 3600]]);
  });

  it('ignores expired sets', () => {
    const plan = planChain('reader', recipes, [base], () => false, undefined);
    expect(!plan.ok && plan.error).toMatch(/needs the keys of profile base: paste them/);
  });

  it('uses the chosen signer when the chain names no keys profile, and asks otherwise', () => {
    const signer = entry('s', {});
    const plan = planChain('mfa', recipes, [], live, signer);
    expect(plan.ok && plan.value.source).toBe(signer);
    expect(plan.ok && plan.value.steps[0]?.needsMfa).toBe(true);
    expect(plan.ok && plan.value.steps[0]?.values.SerialNumber).toBe(
      'arn:aws:iam::111122223333:mfa/demo',
    );
    const asked = planChain('mfa', recipes, [], live, undefined);
    expect(!asked.ok && asked.error).toMatch(/needs a source set: choose one with "Use as signer"/);
  });

  it('refuses loops and unknown names', () => {
    const loop: Recipe[] = [
      { name: 'a', roleArn: ADMIN, sourceProfile: 'b' },
      { name: 'b', roleArn: ADMIN, sourceProfile: 'a' },
    ];
    expect(recipePath('a', loop)).toEqual({
      ok: false,
      error: 'The profiles a → b → a form a loop.',
    });
    expect(planChain('nope', recipes, [], live, undefined).ok).toBe(false);
  });
});

describe('recipeNeeds and session names', () => {
  it('says what a recipe needs', () => {
    expect(recipeNeeds(recipes[1]!, recipes)).toEqual(['a source set: the keys of profile base']);
    expect(recipeNeeds(recipes[2]!, recipes)).toEqual([
      'a source set (the signer you pick)',
      'an MFA code',
    ]);
  });

  it('derives a valid session name from any profile name', () => {
    expect(sessionNameFor({ name: 'my team/prod', roleArn: ADMIN })).toBe(
      'sts-console-my-team-prod',
    );
    expect(sessionNameFor({ name: 'x'.repeat(80), roleArn: ADMIN })).toHaveLength(64);
    expect(sessionNameFor({ name: 'a', roleArn: ADMIN, roleSessionName: 'me' })).toBe('me');
  });
});
