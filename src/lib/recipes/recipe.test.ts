import { describe, expect, it } from 'vitest';
import { mergeRecipes, parseRecipes, recipeFromProfile } from './recipe.ts';

describe('recipes', () => {
  it('come from profiles with role_arn only', () => {
    expect(recipeFromProfile({ name: 'keys', hasKeys: true, notes: [] })).toBeUndefined();
    expect(
      recipeFromProfile({
        name: 'r',
        roleArn: 'arn:aws:iam::1:role/R',
        sourceProfile: 'keys',
        durationSeconds: 900,
        hasKeys: false,
        notes: ['n'],
      }),
    ).toEqual({
      name: 'r',
      roleArn: 'arn:aws:iam::1:role/R',
      sourceProfile: 'keys',
      durationSeconds: 900,
      notes: ['n'],
    });
  });

  it('read back from storage keep only well-formed entries, once per name', () => {
    expect(parseRecipes('x')).toBeUndefined();
    expect(
      parseRecipes([
        { name: 'a', roleArn: 'arn', durationSeconds: 1.5, mfaSerial: 7, notes: ['ok', 3] },
        { name: 'a', roleArn: 'other' },
        { name: '', roleArn: 'arn' },
        null,
        { name: 'b' },
      ]),
    ).toEqual([{ name: 'a', roleArn: 'arn', notes: ['ok'] }]);
  });

  it('merge by name, keeping order', () => {
    const a = { name: 'a', roleArn: '1' };
    const b = { name: 'b', roleArn: '2' };
    expect(
      mergeRecipes(
        [a, b],
        [
          { name: 'a', roleArn: '3' },
          { name: 'c', roleArn: '4' },
        ],
      ),
    ).toEqual([{ name: 'a', roleArn: '3' }, b, { name: 'c', roleArn: '4' }]);
  });
});
