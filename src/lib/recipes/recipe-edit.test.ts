import { describe, expect, it } from 'vitest';
import type { Recipe } from './recipe.ts';
import { checkRecipeDraft, recipeDraft, replaceRecipe, type RecipeDraft } from './recipe-edit.ts';

const ADMIN: Recipe = {
  name: 'admin',
  roleArn: 'arn:aws:iam::111122223333:role/Admin',
  sourceProfile: 'base',
  durationSeconds: 7200,
  notes: ['kept'],
};
const READER: Recipe = {
  name: 'reader',
  roleArn: 'arn:aws:iam::111122223333:role/Reader',
  sourceProfile: 'admin',
};
const ALL = [ADMIN, READER];

const edit = (over: Partial<RecipeDraft>) =>
  checkRecipeDraft({ ...recipeDraft(ADMIN), ...over }, ADMIN, ALL);

describe('checkRecipeDraft', () => {
  it('saves a rename and every field, trimmed, keeping what the editor does not show', () => {
    expect(
      edit({
        name: ' ops admin ',
        region: 'eu-west-1 ',
        endpointUrl: 'http://localhost:4566/',
        stsRegionalEndpoints: 'regional',
        durationSeconds: '',
        externalId: ' x ',
      }),
    ).toEqual({
      ok: true,
      value: {
        ...ADMIN,
        name: 'ops admin',
        region: 'eu-west-1',
        endpointUrl: 'http://localhost:4566/',
        stsRegionalEndpoints: 'regional',
        durationSeconds: undefined,
        externalId: 'x',
        mfaSerial: undefined,
        roleSessionName: undefined,
      },
    });
  });

  it('unchanged, it saves as it was', () => {
    const result = edit({});
    expect(result.ok && result.value).toMatchObject(ADMIN);
  });

  it.each([
    [
      { name: 'reader' },
      'name',
      'Another recipe is named reader: choose a name no other recipe has.',
    ],
    [{ name: '  ' }, 'name', 'Enter a profile name.'],
    [{ name: 'a]b' }, 'name', 'cannot be written'],
    [{ roleArn: ' ' }, 'roleArn', 'Enter the role ARN.'],
    [{ sourceProfile: 'admin' }, 'sourceProfile', 'cannot be its own source'],
    [{ durationSeconds: '60' }, 'durationSeconds', 'from 900 to 43200'],
    [{ durationSeconds: '1.5h' }, 'durationSeconds', 'from 900 to 43200'],
    [{ region: 'Ireland' }, 'region', 'not a region name'],
    [{ endpointUrl: 'localhost' }, 'endpointUrl', 'is not a URL'],
    [{ stsRegionalEndpoints: 'global' }, 'stsRegionalEndpoints', '"regional" or "legacy"'],
  ] as const)('refuses %j at its field', (over, field, message) => {
    const result = edit(over);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error)).toEqual([field]);
    expect(result.error[field]).toContain(message);
  });
});

describe('replaceRecipe', () => {
  it('a renamed source is followed by the recipes that name it', () => {
    const renamed = { ...ADMIN, name: 'ops' };
    expect(replaceRecipe(ALL, 'admin', renamed)).toEqual([
      renamed,
      { ...READER, sourceProfile: 'ops' },
    ]);
  });

  it('an edit without a rename touches no other recipe', () => {
    const edited = { ...ADMIN, region: 'eu-west-1' };
    expect(replaceRecipe(ALL, 'admin', edited)).toEqual([edited, READER]);
  });
});
